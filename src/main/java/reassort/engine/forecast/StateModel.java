package reassort.engine.forecast;

/**
 * A forecasting method with its parameters fixed, run as a filter: it sees the history one period at a time and
 * can forecast from wherever it stands. Rolling-origin evaluation is then one pass over the series.
 */
interface StateModel {

    /** Takes in the next observation (already cleaned and, where relevant, seasonally adjusted). */
    void observe(double y);

    /** Writes the forecasts for steps 1..h after the last observation into {@code out[0..h)}. */
    void forecast(double[] out, int h);
}
