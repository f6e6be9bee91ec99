package reassort.app.forecast;

import java.util.Arrays;

/**
 * The forecast and weekly history of one group at one level, summed bottom-up from its series, so that the
 * groups of any level add up to the groups of any level above them.
 *
 * @param group the group's code (a SKU, a location, a channel, a category, or TOTAL)
 * @param series series of the run summed into the group
 * @param point units per week for the run's weeks 1..horizon: the sum of the series' statistical forecasts
 * @param errorStdDev per step, √Σσ² of the series' error standard deviations: series errors are treated as
 *     independent, which understates the spread of a group whose series move together (a common promotion, the
 *     weather) and overstates it little otherwise; series without a measured error add none
 * @param seriesWithoutError series of the group whose error could not be measured (too short for a rolling origin)
 * @param history units sold per week over the history weeks (every series of the group with sales in them)
 */
public record LevelForecast(String group, long series, long seriesWithoutError, double[] point, double[] errorStdDev,
        double[] history) {
    public LevelForecast {
        point = point.clone();
        errorStdDev = errorStdDev.clone();
        history = history.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] errorStdDev() {
        return errorStdDev.clone();
    }

    @Override
    public double[] history() {
        return history.clone();
    }

    public double totalForecast() {
        double total = 0;
        for (double v : point) total += v;
        return total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LevelForecast that && group.equals(that.group) && series == that.series
                && seriesWithoutError == that.seriesWithoutError
                && Arrays.equals(point, that.point) && Arrays.equals(errorStdDev, that.errorStdDev)
                && Arrays.equals(history, that.history);
    }

    @Override
    public int hashCode() {
        return group.hashCode() * 31 + Arrays.hashCode(point);
    }

    @Override
    public String toString() {
        return "LevelForecast[" + group + ", " + series + " series, point=" + Arrays.toString(point) + "]";
    }
}
