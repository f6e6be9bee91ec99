package reassort.app.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The generated period as day indexes: 0 is the first day of history, {@code days - 1} the last day, and the
 * arrays run on to {@code horizon} so replenishment can look ahead past the last day. Dates are shared instances.
 */
final class SampleCalendar {
    static final int LOOK_AHEAD_DAYS = 150;
    static final int STOCK_HISTORY_WEEKS = 12;
    private static final Set<MonthDay> STORES_CLOSED =
            Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(12, 25));
    /** Catalogue prices rise every January; history is sold at the prices of its time. */
    private static final double YEARLY_PRICE_RISE = 0.03;

    final LocalDate firstDay;
    final LocalDate lastDay;
    final int days;
    final int horizon;
    private final LocalDate[] dates;
    private final double[] priceFactors;

    SampleCalendar(LocalDate firstDay, LocalDate lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.days = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        this.horizon = days + LOOK_AHEAD_DAYS;
        this.dates = new LocalDate[horizon];
        this.priceFactors = new double[horizon];
        for (int t = 0; t < horizon; t++) {
            dates[t] = firstDay.plusDays(t);
            priceFactors[t] = Math.pow(1 - YEARLY_PRICE_RISE, Math.max(0, lastDay.getYear() - dates[t].getYear()));
        }
    }

    LocalDate date(int t) {
        return dates[t];
    }

    int index(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(firstDay, date);
    }

    DayOfWeek dayOfWeek(int t) {
        return dates[t].getDayOfWeek();
    }

    /** Most French stores close on Sundays (except in tourist zones and on the Sundays before Christmas) and on a few holidays. */
    boolean storeOpen(Catalogue.StoreSpec store, int t) {
        LocalDate date = dates[t];
        if (STORES_CLOSED.contains(MonthDay.from(date))) {
            return false;
        }
        if (date.getDayOfWeek() != DayOfWeek.SUNDAY) {
            return true;
        }
        return store.openOnSunday() || (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() <= 24);
    }

    double priceFactor(int t) {
        return priceFactors[t];
    }

    /** Sundays of the last weeks before the last day, when the weekly stock snapshots are taken. */
    boolean isStockHistoryDay(int t) {
        return t < days - 1
                && dates[t].getDayOfWeek() == DayOfWeek.SUNDAY
                && ChronoUnit.DAYS.between(dates[t], lastDay) <= 7L * STOCK_HISTORY_WEEKS;
    }

    /** Years from the first day, for trends. */
    double years(int t) {
        return t / 365.25;
    }
}
