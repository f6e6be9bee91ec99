package reassort.engine.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * A statistical forecast with the planner's overrides applied on top; both are kept. Overrides apply in the
 * order given, so a later one acts on the result of an earlier one where they overlap (a percent after a unit
 * override scales the units).
 *
 * @param firstPeriod absolute period number of the first forecast value
 * @param statistical the forecast as computed
 * @param adjusted the forecast planners work with: statistical, with the overrides
 * @param applied the overrides that touch at least one forecast period (the others lie outside the horizon)
 */
public record AdjustedForecast(int firstPeriod, double[] statistical, double[] adjusted, List<ForecastOverride> applied) {

    public AdjustedForecast {
        statistical = statistical.clone();
        adjusted = adjusted.clone();
        applied = List.copyOf(applied);
    }

    public static AdjustedForecast of(int firstPeriod, double[] statistical, List<ForecastOverride> overrides) {
        double[] adjusted = statistical.clone();
        List<ForecastOverride> applied = new ArrayList<>();
        int lastPeriod = firstPeriod + statistical.length - 1;
        for (ForecastOverride override : overrides) {
            int from = Math.max(override.fromPeriod(), firstPeriod);
            int to = Math.min(override.toPeriod(), lastPeriod);
            if (from > to) continue;
            for (int period = from; period <= to; period++) {
                int k = period - firstPeriod;
                adjusted[k] = override.applyTo(adjusted[k]);
            }
            applied.add(override);
        }
        return new AdjustedForecast(firstPeriod, statistical, adjusted, applied);
    }

    public boolean isOverridden(int period) {
        for (ForecastOverride override : applied) if (override.covers(period)) return true;
        return false;
    }

    @Override
    public double[] statistical() {
        return statistical.clone();
    }

    @Override
    public double[] adjusted() {
        return adjusted.clone();
    }
}
