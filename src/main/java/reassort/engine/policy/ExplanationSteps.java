package reassort.engine.policy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A proposal's explanation as compact bytes to store — the numbers of each step and the code of its template
 * ({@link StepTemplates}), with the rule sentences, the header's order and source, and the flags — and the text
 * {@link ExplanationRenderer#render(Proposal)} gives, rendered back from them on demand. Rendering 100k
 * explanations to text (and storing that text) was most of a plan run; a planner reads a handful.
 *
 * <p>Format 1: a version byte, then the header (channel, quantity, order and receipt dates, source kind and code),
 * the flag texts and the steps. Strings are UTF-8 behind their length; whole numbers are variable-length integers.
 */
public final class ExplanationSteps {
    private static final int VERSION = 1;
    private static final int NAN = 0;
    private static final int WHOLE = 1;
    private static final int RAW = 2;

    private ExplanationSteps() {}

    /** The bytes to store for the explanation of {@code p} (the whole of what {@link ExplanationRenderer} prints). */
    public static byte[] encode(Proposal p) {
        Out out = new Out();
        out.write(VERSION);
        out.string(p.channel());
        out.number(p.orderQuantity());
        out.signed(p.orderDate().toEpochDay());
        out.signed(p.receiptDate().toEpochDay());
        out.write(p.sourceKind().ordinal());
        out.string(p.sourceCode());
        out.unsigned(p.flags().size());
        for (Flag f : p.flags()) out.string(f.text());
        List<ExplanationStep> steps = p.explanation();
        out.unsigned(steps.size());
        if (steps instanceof Explanation e) {
            for (int i = 0; i < e.size(); i++) {
                StepTemplate t = e.template(i);
                int code = StepTemplates.code(t);
                if (code == 0) {
                    inline(out, e.get(i));
                    continue;
                }
                out.unsigned(code);
                boolean ownFormula = !t.formula().equals(e.formula(i));
                out.write(ownFormula ? 1 : 0);
                if (ownFormula) out.string(e.formula(i));
                out.number(e.result(i));
                out.unsigned(e.valueCount(i));
                for (int j = 0; j < e.valueCount(i); j++) out.number(e.value(i, j));
                out.string(e.rule(i));
            }
        } else {
            for (ExplanationStep s : steps) inline(out, s);
        }
        return out.bytes();
    }

    /**
     * The explanation text of the SKU × location from its stored bytes, as {@link ExplanationRenderer#render}
     * printed it when the proposal was computed (with today's template texts).
     *
     * @throws IllegalArgumentException when the bytes are not an explanation this version can read
     */
    public static String render(String sku, String location, byte[] stored) {
        In in = new In(stored);
        try {
            int version = in.read();
            if (version != VERSION) {
                throw new IllegalArgumentException("Explanation format " + version + " is unknown here (expected "
                        + VERSION + "). Maybe plan again to recompute it.");
            }
            String channel = in.string();
            double quantity = in.number();
            LocalDate orderDate = LocalDate.ofEpochDay(in.signed());
            LocalDate receiptDate = LocalDate.ofEpochDay(in.signed());
            SourceKind kind = SourceKind.values()[in.read()];
            String sourceCode = in.string();
            int flagCount = in.count();
            List<String> flags = new ArrayList<>(flagCount);
            for (int i = 0; i < flagCount; i++) flags.add(in.string());
            int stepCount = in.count();
            Explanation.Builder steps = Explanation.builder();
            for (int i = 0; i < stepCount; i++) {
                int code = in.count();
                if (code == 0) {
                    readInline(in, steps);
                    continue;
                }
                StepTemplate t = StepTemplates.template(code);
                if (t == null) {
                    throw new IllegalArgumentException("Explanation step template " + code
                            + " is unknown here. Maybe plan again to recompute it.");
                }
                String formula = in.read() == 1 ? in.string() : t.formula();
                double result = in.number();
                double[] values = new double[in.count()];
                for (int j = 0; j < values.length; j++) values[j] = in.number();
                if (values.length != t.inputs().size()) {
                    throw new IllegalArgumentException("Explanation step " + t.key() + " was stored with "
                            + values.length + " inputs; it now takes " + t.inputs().size()
                            + ". Maybe plan again to recompute it.");
                }
                steps.add(t, formula, result, in.string(), values);
            }
            if (in.position != stored.length) {
                throw new IllegalArgumentException("The stored explanation has " + (stored.length - in.position)
                        + " bytes too many. Maybe plan again to recompute it.");
            }
            return ExplanationRenderer.render(sku, location, channel, quantity, orderDate, receiptDate, kind,
                    sourceCode, steps.build(), flags);
        } catch (ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("The stored explanation of " + sku + " at " + location
                    + " cannot be read (" + stored.length + " bytes). Maybe plan again to recompute it.", e);
        }
    }

    private static void inline(Out out, ExplanationStep s) {
        out.unsigned(0);
        out.string(s.key());
        out.string(s.label());
        out.string(s.formula());
        out.string(s.unit());
        out.number(s.result());
        out.string(s.rule());
        out.unsigned(s.inputs().size());
        for (StepInput input : s.inputs()) {
            out.string(input.symbol());
            out.string(input.name());
            out.string(input.unit());
            out.number(input.value());
        }
    }

    private static void readInline(In in, Explanation.Builder steps) {
        String key = in.string();
        String label = in.string();
        String formula = in.string();
        String unit = in.string();
        double result = in.number();
        String rule = in.string();
        int count = in.count();
        StepTemplate.Input[] inputs = new StepTemplate.Input[count];
        double[] values = new double[count];
        for (int j = 0; j < count; j++) {
            inputs[j] = StepTemplate.in(in.string(), in.string(), in.string());
            values[j] = in.number();
        }
        steps.add(StepTemplate.of(key, label, formula, unit, inputs), formula, result, rule, values);
    }

    private static final class Out {
        private byte[] buffer = new byte[512];
        private int size;

        void write(int b) {
            if (size == buffer.length) buffer = Arrays.copyOf(buffer, size * 2);
            buffer[size++] = (byte) b;
        }

        void unsigned(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        void signed(long v) {
            unsigned((v << 1) ^ (v >> 63));
        }

        /** NaN, a whole number (most stock figures, days, packs) as a variable-length integer, else 8 bytes. */
        void number(double v) {
            if (Double.isNaN(v)) {
                write(NAN);
            } else if (v == Math.rint(v) && Math.abs(v) < 0x1p53 && Double.doubleToRawLongBits(v) != Long.MIN_VALUE) {
                write(WHOLE);
                signed((long) v);
            } else {
                write(RAW);
                long bits = Double.doubleToRawLongBits(v);
                for (int i = 0; i < 8; i++) write((int) (bits >>> (8 * i)));
            }
        }

        /** Length + 1 then UTF-8 bytes; 0 for null. */
        void string(String s) {
            if (s == null) {
                unsigned(0);
                return;
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            unsigned(bytes.length + 1L);
            if (size + bytes.length > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes.length));
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }
    }

    private static final class In {
        private final byte[] data;
        private int position;

        In(byte[] data) {
            this.data = data;
        }

        int read() {
            return data[position++] & 0xFF;
        }

        long unsigned() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = read();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
            throw new IllegalArgumentException("A stored explanation holds a malformed number. Maybe plan again.");
        }

        long signed() {
            long v = unsigned();
            return (v >>> 1) ^ -(v & 1);
        }

        int count() {
            long v = unsigned();
            if (v > data.length) throw new ArrayIndexOutOfBoundsException("count " + v);
            return (int) v;
        }

        double number() {
            int tag = read();
            if (tag == NAN) return Double.NaN;
            if (tag == WHOLE) return signed();
            if (tag != RAW) throw new ArrayIndexOutOfBoundsException("number tag " + tag);
            long bits = 0;
            for (int i = 0; i < 8; i++) bits |= (long) read() << (8 * i);
            return Double.longBitsToDouble(bits);
        }

        String string() {
            int length = count();
            if (length == 0) return null;
            length--;
            if (position + length > data.length) throw new ArrayIndexOutOfBoundsException("string of " + length);
            String s = new String(data, position, length, StandardCharsets.UTF_8);
            position += length;
            return s;
        }
    }
}
