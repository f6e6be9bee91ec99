package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderCalendarTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    @ParameterizedTest(name = "{0} with orders on Wednesday and Friday → {1}")
    @CsvSource({"2024-03-04, 2024-03-06", "2024-03-06, 2024-03-06", "2024-03-07, 2024-03-08", "2024-03-09, 2024-03-13"})
    void nextOrderDayIsTodayOrTheNextDayTheSupplierTakesOrders(LocalDate today, LocalDate expected) {
        assertThat(OrderCalendar.nextOrderDay(today, Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))).isEqualTo(expected);
    }

    @Test
    void noOrderDaysMeansAnyWorkingDay() {
        assertThat(OrderCalendar.nextOrderDay(LocalDate.of(2024, 3, 9), Set.of())).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(OrderCalendar.daysToFollowingOrderDay(LocalDate.of(2024, 3, 8), Set.of())).isEqualTo(3);
    }

    @ParameterizedTest(name = "order on {0}, planning every {1} days → review {2} days")
    @CsvSource({"2024-03-06, 7, 7", "2024-03-06, 1, 2", "2024-03-08, 1, 5", "2024-03-08, 0, 5"})
    void reviewPeriodIsTheLaterOfTheNextOrderDayAndTheNextPlanningRun(LocalDate orderDate, double cycle, double expected) {
        assertThat(OrderCalendar.reviewDays(orderDate, Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), cycle)).isEqualTo(expected);
    }

    @Test
    void aWeeklySupplierHasAWeeklyReview() {
        assertThat(OrderCalendar.reviewDays(MONDAY, Set.of(DayOfWeek.MONDAY), 1)).isEqualTo(7);
    }
}
