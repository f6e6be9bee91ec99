package reassort.engine.forecast;

/**
 * A method with its parameters estimated from a series: it starts fresh filters at the first period of the fit
 * and describes its parameters. Implemented by named classes rather than lambdas: a series is forecast in a
 * fraction of a millisecond, and each lambda's class is generated at run time on first use.
 */
interface Fit {

    /** A new filter positioned before the first period of the range the fit was made on. */
    StateModel start();

    /** The fitted parameters, for the planner ("alpha=0.12 beta=0.03"). */
    String parameters();

    /** Methods whose only parameter is structural (none, the season length or a window). */
    record Plain(Method method, int parameter) implements Fit {
        @Override
        public StateModel start() {
            return switch (method) {
                case NAIVE -> new SimpleModels.Naive();
                case SEASONAL_NAIVE -> new SimpleModels.SeasonalNaive(parameter);
                case MOVING_AVERAGE -> new SimpleModels.MovingAverage(parameter);
                case DRIFT -> new SimpleModels.Drift();
                default -> throw new IllegalStateException(method + " has fitted parameters");
            };
        }

        @Override
        public String parameters() {
            return switch (method) {
                case SEASONAL_NAIVE -> new StringBuilder("m=").append(parameter).toString();
                case MOVING_AVERAGE -> new StringBuilder("k=").append(parameter).toString();
                default -> "";
            };
        }
    }

    /** Theta: the SES fit plus half the least-squares slope of the fitting range as drift. */
    record Theta(SmoothingFits.SesFit ses, double drift) implements Fit {
        @Override
        public StateModel start() {
            return new SmoothingModels.Theta(ses.alpha(), ses.initialLevel(), drift);
        }

        @Override
        public String parameters() {
            return new StringBuilder(ses.parameters()).append(" drift=").append(Texts.number(drift)).toString();
        }
    }

    /** Builds "name=value name=value" with four decimals. */
    static String describe(String[] names, double... values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) text.append(' ');
            text.append(names[i]).append('=').append(Texts.fixed(values[i], 4));
        }
        return text.toString();
    }
}
