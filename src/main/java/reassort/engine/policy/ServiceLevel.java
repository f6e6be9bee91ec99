package reassort.engine.policy;

/**
 * A probability target strictly between 0 and 1 (a cycle service level α or a fill rate β). 100 % is refused:
 * with demand that can always exceed a finite stock, it would ask for infinite safety stock.
 */
public record ServiceLevel(double probability) implements Comparable<ServiceLevel> {
    public ServiceLevel {
        if (Double.isNaN(probability)) {
            throw new IllegalArgumentException("Service level is not a number. Maybe the cell is empty; use e.g. 0.95 for 95 %.");
        }
        if (probability >= 1 && probability <= 1.0 + 1e-12) {
            throw new IllegalArgumentException(
                    "Service level 100 % cannot be reached with finite stock. Maybe use 99.5 %.");
        }
        if (probability > 1) {
            throw new IllegalArgumentException("Service level (" + Numbers.fmt(probability)
                    + ") must be a fraction below 1. Maybe it was typed in percent: " + Numbers.fmt(probability)
                    + " % is " + Numbers.fmt(probability / 100) + ".");
        }
        if (probability <= 0) {
            throw new IllegalArgumentException("Service level (" + Numbers.fmt(probability * 100)
                    + " %) must be above 0 %. Maybe use the class default (e.g. 95 %).");
        }
    }

    public static ServiceLevel of(double probability) {
        return new ServiceLevel(probability);
    }

    public static ServiceLevel percent(double percent) {
        if (percent >= 100 && percent <= 100 + 1e-10) {
            throw new IllegalArgumentException(
                    "Service level 100 % cannot be reached with finite stock. Maybe use 99.5 %.");
        }
        return new ServiceLevel(percent / 100);
    }

    public double percent() {
        return probability * 100;
    }

    /** The level moved by {@code points} percentage points, kept within [50 %, 99.9 %]. */
    public ServiceLevel adjustedBy(double points) {
        double p = probability + points / 100;
        return new ServiceLevel(Math.max(0.5, Math.min(0.999, p)));
    }

    @Override
    public int compareTo(ServiceLevel other) {
        return Double.compare(probability, other.probability);
    }

    @Override
    public String toString() {
        return Numbers.fmt(percent()) + " %";
    }

}
