package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SalesBlockCodecTest {
    private static final int Q1_2025 = (int) LocalDate.parse("2025-01-01").toEpochDay();

    private static LineList decode(byte[] payload, int periodStart) {
        LineList decoded = new LineList();
        SalesBlockCodec.decodeInto(payload, periodStart, decoded);
        return decoded;
    }

    private static void assertSame(LineList expected, LineList actual) {
        assertThat(actual.size).isEqualTo(expected.size);
        for (int i = 0; i < expected.size; i++) {
            assertThat(actual.day[i]).as("day of line %d", i).isEqualTo(expected.day[i]);
            assertThat(actual.isReturn[i]).as("kind of line %d", i).isEqualTo(expected.isReturn[i]);
            assertThat(Double.doubleToRawLongBits(actual.quantity[i])).as("quantity of line %d: %s", i, expected.quantity[i])
                    .isEqualTo(Double.doubleToRawLongBits(expected.quantity[i]));
            assertThat(Double.doubleToRawLongBits(actual.amount[i])).as("amount of line %d: %s", i, expected.amount[i])
                    .isEqualTo(Double.doubleToRawLongBits(expected.amount[i]));
            assertThat(actual.promo[i]).as("promotion of line %d", i).isEqualTo(expected.promo[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void everyLineComesBackBitForBit(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] awkward = {0, -0.0, 0.1 + 0.2, 1e-9, 12.345678, 19.99, 1e15, 4.5e15, Double.MIN_VALUE, 1e300, 7};
        String[] promos = {null, null, "SOLDES", "Été-2025 ✓", "PR-1"};
        LineList lines = new LineList();
        int day = Q1_2025;
        for (int i = 0; i < 500; i++) {
            day += random.nextInt(3);
            double quantity = random.nextBoolean() ? random.nextInt(1000) : awkward[random.nextInt(awkward.length)];
            double amount = random.nextBoolean() ? random.nextInt(100_000) / 100.0 : awkward[random.nextInt(awkward.length)];
            lines.add(day, random.nextInt(10) == 0, quantity, amount, promos[random.nextInt(promos.length)]);
        }
        byte[] payload = new SalesBlockCodec().encode(lines, 0, lines.size, Q1_2025);

        assertSame(lines, decode(payload, Q1_2025));
        assertThat(SalesBlockCodec.lineCount(payload)).isEqualTo(500);
    }

    @Test
    void aTypicalDailyLineTakesFewBytes() {
        LineList lines = new LineList();
        // Amounts as files give them: two decimals, read from text.
        for (int d = 0; d < 90; d++) {
            lines.add(Q1_2025 + d, d % 30 == 0, 1 + d % 7, Double.parseDouble((1 + d % 7) * 199 / 10 + "." + d % 10 + "9"),
                    d % 10 == 0 ? "PR-7" : null);
        }
        byte[] payload = new SalesBlockCodec().encode(lines, 0, lines.size, Q1_2025);

        assertThat(payload.length).isLessThan(90 * 7);
        assertSame(lines, decode(payload, Q1_2025));
    }

    @Test
    void aPartOfTheListCanBeEncoded() {
        LineList lines = new LineList();
        for (int d = 0; d < 10; d++) lines.add(Q1_2025 + d, false, d, d, null);
        LineList expected = new LineList();
        for (int i = 3; i < 7; i++) expected.addFrom(lines, i);

        assertSame(expected, decode(new SalesBlockCodec().encode(lines, 3, 7, Q1_2025), Q1_2025));
    }

    @Test
    void linesOutOfDateOrderAreRefused() {
        LineList lines = new LineList();
        lines.add(Q1_2025 + 5, false, 1, 1, null);
        lines.add(Q1_2025 + 4, false, 1, 1, null);
        assertThatThrownBy(() -> new SalesBlockCodec().encode(lines, 0, 2, Q1_2025)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnknownFormatIsReportedNotMisread() {
        assertThatThrownBy(() -> decode(new byte[] {9, 0, 0}, Q1_2025))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format 9");
    }
}
