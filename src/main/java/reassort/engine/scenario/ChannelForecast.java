package reassort.engine.scenario;

import java.util.Arrays;
import reassort.domain.Require;

/**
 * The baseline forecast of one channel of a SKU × location, per planning week from today.
 *
 * @param mean units per week, period 0 first
 * @param errorStdDev standard deviation of the one-week error h weeks ahead (index h − 1); null when unknown
 */
public record ChannelForecast(String channel, double[] mean, double[] errorStdDev) {
    public ChannelForecast {
        Require.present(channel, "Channel of a forecast");
        Require.present(mean, "Forecast of channel " + channel);
        mean = mean.clone();
        errorStdDev = errorStdDev == null ? null : errorStdDev.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    double meanAt(int week) {
        return mean.length == 0 ? 0 : mean[Math.min(mean.length - 1, week)];
    }

    double[] meanView() {
        return mean;
    }

    double[] errorStdDevView() {
        return errorStdDev;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelForecast that && channel.equals(that.channel) && Arrays.equals(mean, that.mean)
                && Arrays.equals(errorStdDev, that.errorStdDev);
    }

    @Override
    public int hashCode() {
        return channel.hashCode() * 31 + Arrays.hashCode(mean);
    }

    @Override
    public String toString() {
        return "ChannelForecast[" + channel + ", " + mean.length + " weeks]";
    }
}
