package reassort.engine.policy;

/**
 * How a supplier wants a quantity turned into whole packs. Each rule names itself with a stable key (for
 * translation) and an English sentence (for the explanation).
 */
public sealed interface PackRounding {

    /** Rounds a positive need to a multiple of the pack; a need of zero or less gives zero. */
    double round(double need, int pack);

    String key();

    String english();

    /** The rule as a formula over need and pack, for the explanation. */
    String formula();

    static PackRounding up() {
        return new Up();
    }

    static PackRounding down() {
        return new Down();
    }

    static PackRounding nearestAboveThreshold(double threshold) {
        return new NearestAboveThreshold(threshold);
    }

    static PackRounding neverExceed(double maximumUnits) {
        return new NeverExceed(maximumUnits);
    }

    /** Round up to whole packs: never short, possibly up to one pack over. */
    record Up() implements PackRounding {
        @Override
        public double round(double need, int pack) {
            return need <= 0 ? 0 : packsUp(need, pack) * (double) pack;
        }

        @Override
        public String formula() {
            return "⌈need / pack⌉ × pack";
        }

        @Override
        public String key() {
            return "rounding.up";
        }

        @Override
        public String english() {
            return "round up to whole packs";
        }
    }

    /** Round down to whole packs: never over; a need below one pack orders nothing this time. */
    record Down() implements PackRounding {
        @Override
        public double round(double need, int pack) {
            return need <= 0 ? 0 : packsDown(need, pack) * (double) pack;
        }

        @Override
        public String formula() {
            return "⌊need / pack⌋ × pack";
        }

        @Override
        public String key() {
            return "rounding.down";
        }

        @Override
        public String english() {
            return "round down to whole packs";
        }
    }

    /**
     * Round up when the part-pack is at least {@code threshold} of a pack, down otherwise (0.5 is plain
     * rounding to the nearest pack; 0.2 rounds up as soon as a fifth of a pack is needed).
     */
    record NearestAboveThreshold(double threshold) implements PackRounding {
        public NearestAboveThreshold {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("Rounding threshold (" + Numbers.fmt(threshold)
                        + ") must be between 0 and 1 of a pack. Maybe use 0.5 to round to the nearest pack.");
            }
        }

        @Override
        public double round(double need, int pack) {
            if (need <= 0) return 0;
            double packs = need / pack;
            long whole = packsDown(need, pack);
            double part = packs - whole;
            return (part >= threshold - 1e-9 && part > 1e-9 ? whole + 1 : whole) * (double) pack;
        }

        @Override
        public String formula() {
            return "part-pack ≥ " + Numbers.fmt(threshold) + " ? ⌈need / pack⌉ × pack : ⌊need / pack⌋ × pack";
        }

        @Override
        public String key() {
            return "rounding.nearestAboveThreshold";
        }

        @Override
        public String english() {
            return "round up when at least " + Numbers.fmt(threshold) + " of a pack is needed, down otherwise";
        }
    }

    /**
     * Round up to whole packs but never above {@code maximumUnits} per order line (a pallet or truck limit):
     * a larger need is cut to the largest whole number of packs within the maximum.
     */
    record NeverExceed(double maximumUnits) implements PackRounding {
        public NeverExceed {
            if (!(maximumUnits > 0) || Double.isInfinite(maximumUnits)) {
                throw new IllegalArgumentException("Maximum order quantity (" + Numbers.fmt(maximumUnits)
                        + " units) must be positive. Maybe leave the rule at UP when the supplier has no maximum.");
            }
        }

        @Override
        public double round(double need, int pack) {
            if (need <= 0) return 0;
            double up = packsUp(need, pack) * (double) pack;
            if (up <= maximumUnits + 1e-9) return up;
            return packsDown(maximumUnits, pack) * (double) pack;
        }

        @Override
        public String formula() {
            return "min(⌈need / pack⌉ × pack, ⌊max line / pack⌋ × pack)";
        }

        @Override
        public String key() {
            return "rounding.neverExceed";
        }

        @Override
        public String english() {
            return "round up to whole packs, never above " + Numbers.fmt(maximumUnits) + " units per line";
        }
    }

    private static long packsUp(double need, int pack) {
        return (long) Math.ceil(need / pack - 1e-9);
    }

    private static long packsDown(double need, int pack) {
        return (long) Math.floor(need / pack + 1e-9);
    }
}
