package reassort.store;

import java.time.LocalDate;

/** Sales blocks cover one calendar quarter each; these map an epoch day to its quarter. */
final class Quarters {
    private Quarters() {}

    static LocalDate start(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    static int start(int epochDay) {
        return (int) start(LocalDate.ofEpochDay(epochDay)).toEpochDay();
    }

    static int nextStart(int quarterStartDay) {
        return (int) LocalDate.ofEpochDay(quarterStartDay).plusMonths(3).toEpochDay();
    }
}
