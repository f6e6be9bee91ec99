package reassort.engine.allocation;

import java.util.Locale;
import reassort.domain.Require;

/**
 * Stock of a location held back from one channel: the larger of {@code units} and {@code percent} of the stock is
 * withheld, and what remains exposed is capped at {@code maxExposed} (NaN: no cap). E.g. keep 20 % of store stock away
 * from ship-from-store ({@code SFS}, 20 %), or show a marketplace at most 5 units ({@code MKP}, cap 5).
 */
public record ChannelBuffer(String channel, Scope scope, double units, double percent, double maxExposed) {
    public ChannelBuffer {
        channel = Require.code(channel, "Channel of a buffer").toUpperCase(Locale.ROOT);
        scope = scope == null ? Scope.ALL : scope;
        Require.nonNegative(units, "Buffer units for channel " + channel + " (" + scope + ")");
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("Buffer percent (" + percent + ") for channel " + channel + " (" + scope
                    + ") must be from 0 to 100. Maybe write 20 for 20 %.");
        }
        if (!Double.isNaN(maxExposed)) Require.nonNegative(maxExposed, "Exposure cap for channel " + channel);
    }

    public static ChannelBuffer units(String channel, Scope scope, double units) {
        return new ChannelBuffer(channel, scope, units, 0, Double.NaN);
    }

    public static ChannelBuffer percent(String channel, Scope scope, double percent) {
        return new ChannelBuffer(channel, scope, 0, percent, Double.NaN);
    }

    public static ChannelBuffer cap(String channel, Scope scope, double maxExposed) {
        return new ChannelBuffer(channel, scope, 0, 0, maxExposed);
    }

    /** Units withheld from the channel out of {@code stock} (never more than the stock, never negative). */
    public double withheld(double stock) {
        if (stock <= 0) return 0;
        double held = Math.min(stock, Math.max(units, Math.ceil(percent / 100 * stock - 1e-9)));
        if (!Double.isNaN(maxExposed) && stock - held > maxExposed) held = stock - maxExposed;
        return held;
    }

    /** The rule in a sentence, for explanations. */
    public String describe() {
        StringBuilder b = new StringBuilder("keep ");
        if (units > 0) b.append(fmt(units)).append(" units");
        if (percent > 0) b.append(units > 0 ? " or " : "").append(fmt(percent)).append(" %");
        if (units == 0 && percent == 0) b.append("nothing");
        b.append(" away from ").append(channel);
        if (!Double.isNaN(maxExposed)) b.append(", show it at most ").append(fmt(maxExposed)).append(" units");
        return b.append(" (").append(scope).append(')').toString();
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
