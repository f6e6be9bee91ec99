package reassort.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored forecast run. Means are over the series where the figure is defined (NaN when none is).
 *
 * @param firstWeek Monday of the first forecast week
 */
public record ForecastRun(
        long id,
        Instant createdAt,
        int horizon,
        LocalDate firstWeek,
        long seriesCount,
        double meanMase,
        double meanRmsse,
        double meanWmape,
        double meanBias,
        long elapsedMillis) {}
