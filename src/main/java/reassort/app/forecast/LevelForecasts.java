package reassort.app.forecast;

import java.time.LocalDate;
import java.util.List;
import reassort.store.ForecastRun;

/**
 * A stored forecast run summed at one level.
 *
 * @param historyFrom Monday of the first history week; the history ends the Sunday before the run's first week
 * @param groups one per group with a forecast or a sale, by group code
 */
public record LevelForecasts(ForecastRun run, Level level, LocalDate historyFrom, List<LevelForecast> groups) {
    public LevelForecasts {
        groups = List.copyOf(groups);
    }
}
