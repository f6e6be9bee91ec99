package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuartersTest {
    @ParameterizedTest
    @CsvSource({
        "2025-01-01, 2025-01-01, 2025-04-01",
        "2025-03-31, 2025-01-01, 2025-04-01",
        "2025-04-01, 2025-04-01, 2025-07-01",
        "2024-02-29, 2024-01-01, 2024-04-01",
        "2020-12-31, 2020-10-01, 2021-01-01"})
    void aDayBelongsToItsCalendarQuarter(LocalDate day, LocalDate start, LocalDate next) {
        assertThat(Quarters.start(day)).isEqualTo(start);
        int startDay = Quarters.start((int) day.toEpochDay());
        assertThat(LocalDate.ofEpochDay(startDay)).isEqualTo(start);
        assertThat(LocalDate.ofEpochDay(Quarters.nextStart(startDay))).isEqualTo(next);
    }
}
