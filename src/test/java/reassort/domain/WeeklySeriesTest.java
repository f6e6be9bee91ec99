package reassort.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeklySeriesTest {
    private static final SeriesKey KEY = new SeriesKey("SKU-1", "STORE-1", "WEB");

    @Test
    void weeksStartOnMondays() {
        assertThatThrownBy(() -> new WeeklySeries(KEY, LocalDate.parse("2025-03-04"), new double[1], new double[1],
                new double[1], new boolean[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts on 2025-03-04, a TUESDAY");
    }

    @Test
    void allArraysCoverTheSameWeeks() {
        assertThatThrownBy(() -> new WeeklySeries(KEY, LocalDate.parse("2025-03-03"), new double[2], new double[2],
                new double[1], new boolean[2]))
                .hasMessageContaining("differ in length (2, 2, 1, 2)");
        assertThatThrownBy(() -> new DailySeries(KEY, LocalDate.parse("2025-03-04"), new double[2], new double[2],
                new double[2], new boolean[3]))
                .hasMessageContaining("differ in length");
    }

    @Test
    void twoSeriesWithTheSameNumbersAreEqual() {
        WeeklySeries a = new WeeklySeries(KEY, LocalDate.parse("2025-03-03"), new double[] {1, 2}, new double[] {0, 1},
                new double[] {10, 20}, new boolean[] {false, true});
        WeeklySeries b = new WeeklySeries(KEY, LocalDate.parse("2025-03-03"), new double[] {1, 2}, new double[] {0, 1},
                new double[] {10, 20}, new boolean[] {false, true});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.weekStart(1)).isEqualTo("2025-03-10");
        assertThat(a.totalSold()).isEqualTo(3);
        assertThat(a).isNotEqualTo(new WeeklySeries(KEY, LocalDate.parse("2025-03-03"), new double[] {1, 2},
                new double[] {0, 1}, new double[] {10, 20}, new boolean[] {false, false}));
    }
}
