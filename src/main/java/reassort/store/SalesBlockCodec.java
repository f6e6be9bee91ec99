package reassort.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The byte layout of a sales block's payload: the lines of one series in one quarter, sorted by date.
 *
 * <pre>
 * byte    format version (1)
 * varint  number of distinct promotion codes P, then P times: varint UTF-8 length, bytes
 * varint  number of lines N, then N times:
 *   varint  days since the previous line (the first line: since the block's period start)
 *   byte    flags: 1 = return, 2 = promotion index follows, 4 = quantity is a whole number (varint),
 *                  8 = amount is a whole number of cents (varint); otherwise an 8-byte IEEE double
 *   quantity, amount, [varint promotion index]
 * </pre>
 *
 * Typical daily lines take 5 to 7 bytes. Decoding gives back the exact doubles that were encoded.
 */
final class SalesBlockCodec {
    static final byte VERSION = 1;
    private static final int RETURN = 1;
    private static final int PROMO = 2;
    private static final int WHOLE_QUANTITY = 4;
    private static final int WHOLE_CENTS = 8;
    private static final double LARGEST_EXACT = 1L << 52;

    /** Receives decoded lines; promotion codes are null when the line was not on promotion. */
    interface LineVisitor {
        void line(int epochDay, boolean isReturn, double quantity, double amount, String promoCode);
    }

    private byte[] buffer = new byte[4096];
    private int length;
    private final Map<String, Integer> promoIndex = new HashMap<>();

    /** Encodes lines {@code from} (inclusive) to {@code to} (exclusive), which are sorted by date. */
    byte[] encode(LineList lines, int from, int to, int periodStartDay) {
        length = 0;
        promoIndex.clear();
        putByte(VERSION);
        int promoCount = 0;
        for (int i = from; i < to; i++) {
            String promo = lines.promo[i];
            if (promo != null && !promoIndex.containsKey(promo)) promoIndex.put(promo, promoCount++);
        }
        putVarLong(promoCount);
        if (promoCount > 0) {
            String[] codes = new String[promoCount];
            promoIndex.forEach((code, index) -> codes[index] = code);
            for (String code : codes) {
                byte[] utf8 = code.getBytes(StandardCharsets.UTF_8);
                putVarLong(utf8.length);
                ensure(utf8.length);
                System.arraycopy(utf8, 0, buffer, length, utf8.length);
                length += utf8.length;
            }
        }
        putVarLong(to - from);
        int previousDay = periodStartDay;
        for (int i = from; i < to; i++) {
            int delta = lines.day[i] - previousDay;
            if (delta < 0) {
                throw new IllegalStateException("Sales lines of a block must be sorted by date and not precede "
                        + "the period start; day " + lines.day[i] + " follows " + previousDay);
            }
            previousDay = lines.day[i];
            double quantity = lines.quantity[i];
            double amount = lines.amount[i];
            String promo = lines.promo[i];
            long wholeQuantity = whole(quantity);
            long cents = cents(amount);
            int flags = (lines.isReturn[i] ? RETURN : 0)
                    | (promo != null ? PROMO : 0)
                    | (wholeQuantity >= 0 ? WHOLE_QUANTITY : 0)
                    | (cents >= 0 ? WHOLE_CENTS : 0);
            putVarLong(delta);
            putByte(flags);
            if (wholeQuantity >= 0) putVarLong(wholeQuantity); else putDouble(quantity);
            if (cents >= 0) putVarLong(cents); else putDouble(amount);
            if (promo != null) putVarLong(promoIndex.get(promo));
        }
        return Arrays.copyOf(buffer, length);
    }

    static int lineCount(byte[] payload) {
        Reader reader = new Reader(payload);
        reader.skipPromotionCodes();
        return (int) reader.varLong();
    }

    static void decode(byte[] payload, int periodStartDay, LineVisitor visitor) {
        Reader reader = new Reader(payload);
        String[] promos = reader.promotionCodes();
        int lines = (int) reader.varLong();
        int day = periodStartDay;
        for (int i = 0; i < lines; i++) {
            day += (int) reader.varLong();
            int flags = reader.payload[reader.position++];
            double quantity = (flags & WHOLE_QUANTITY) != 0 ? reader.varLong() : reader.doubleBits();
            double amount = (flags & WHOLE_CENTS) != 0 ? reader.varLong() / 100.0 : reader.doubleBits();
            String promo = (flags & PROMO) != 0 ? promos[(int) reader.varLong()] : null;
            visitor.line(day, (flags & RETURN) != 0, quantity, amount, promo);
        }
    }

    static void decodeInto(byte[] payload, int periodStartDay, LineList target) {
        decode(payload, periodStartDay, target::add);
    }

    /** The value as a long when it is a whole number the varint can carry exactly, else -1. */
    private static long whole(double value) {
        return value >= 0 && value < LARGEST_EXACT && value == Math.rint(value) && !isNegativeZero(value)
                ? (long) value
                : -1;
    }

    /** The value in cents when cents/100.0 gives it back exactly, else -1. */
    private static long cents(double value) {
        if (!(value >= 0 && value < LARGEST_EXACT / 100) || isNegativeZero(value)) return -1;
        long cents = Math.round(value * 100);
        return cents / 100.0 == value ? cents : -1;
    }

    private static boolean isNegativeZero(double value) {
        return Double.doubleToRawLongBits(value) == Long.MIN_VALUE;
    }

    private void putByte(int value) {
        ensure(1);
        buffer[length++] = (byte) value;
    }

    private void putVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buffer[length++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[length++] = (byte) value;
    }

    private void putDouble(double value) {
        ensure(8);
        long bits = Double.doubleToRawLongBits(value);
        for (int shift = 56; shift >= 0; shift -= 8) buffer[length++] = (byte) (bits >>> shift);
    }

    private void ensure(int more) {
        if (length + more > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }

    private static final class Reader {
        final byte[] payload;
        int position;

        Reader(byte[] payload) {
            this.payload = payload;
            if (payload.length == 0 || payload[0] != VERSION) {
                throw new IllegalStateException("Sales block format " + (payload.length == 0 ? "(empty)" : payload[0])
                        + " is not known to this version of Reassort. Maybe the store was written by a newer one.");
            }
            position = 1;
        }

        String[] promotionCodes() {
            String[] codes = new String[(int) varLong()];
            for (int i = 0; i < codes.length; i++) {
                int bytes = (int) varLong();
                codes[i] = new String(payload, position, bytes, StandardCharsets.UTF_8);
                position += bytes;
            }
            return codes;
        }

        void skipPromotionCodes() {
            long count = varLong();
            for (long i = 0; i < count; i++) {
                int bytes = (int) varLong();
                position += bytes;
            }
        }

        long varLong() {
            long value = 0;
            int shift = 0;
            byte b;
            do {
                b = payload[position++];
                value |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return value;
        }

        double doubleBits() {
            long bits = 0;
            for (int i = 0; i < 8; i++) bits = (bits << 8) | (payload[position++] & 0xFF);
            return Double.longBitsToDouble(bits);
        }
    }
}
