package reassort.engine.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The automatic forecaster of one series. Per series it cleans the history (promotions, stockouts), classifies
 * the demand, decides how to treat seasonality, fits every applicable candidate on the history before a
 * validation window, forecasts from every origin in that window, and averages the candidates with the lowest
 * root mean squared error there (combinations of a few good methods are more accurate and far more robust than
 * the single best one: the lesson of the M competitions). The chosen members are then refitted on the whole
 * fitted window. Immutable and thread-safe: one instance serves every series of a batch. The measurements behind
 * each choice are in docs/forecasting.md.
 */
public final class Forecaster {
    /** Fewest periods the candidates are fitted on before the validation window. */
    static final int MIN_FIT_PERIODS = 8;
    /** Most seasons the seasonal indices are estimated from (seasonality drifts; old seasons mislead). */
    static final int MAX_SEASONS_FOR_INDICES = 6;
    /**
     * Seasons of history fitted on by default. Fitting on decades of weekly data lets a remote past drive the
     * parameters and the trend; four years keep enough to estimate a yearly pattern (docs/forecasting.md).
     */
    static final int AUTO_HISTORY_SEASONS = 4;
    static final int AUTO_HISTORY_MIN_PERIODS = 100;

    private final ForecastOptions options;

    public Forecaster(ForecastOptions options) {
        if (options == null) throw new IllegalArgumentException("Forecast options are missing.");
        this.options = options;
    }

    public ForecastOptions options() {
        return options;
    }

    public ForecastResult forecast(DemandHistory history) {
        if (history == null) throw new IllegalArgumentException("Demand history is missing.");
        return new SeriesRun(history).run();
    }

    /** A candidate: a method, on the raw or the seasonally adjusted series. */
    private record Candidate(Method method, boolean adjusted) {}

    /** Seasonal indices aligned on absolute period numbers, and how they apply. */
    private record Seasonal(double[] indices, boolean multiplicative) {
        double[] adjust(double[] y, int from) {
            double[] adjusted = y.clone();
            int m = indices.length;
            for (int t = from; t < y.length; t++) {
                adjusted[t] = multiplicative ? y[t] / indices[t % m] : y[t] - indices[t % m];
            }
            return adjusted;
        }

        double restore(double value, int period) {
            double s = indices[period % indices.length];
            return multiplicative ? value * s : value + s;
        }
    }

    private final class SeriesRun {
        private final DemandHistory history;
        private final CleanedHistory cleaning;
        private final double[] y;
        private final boolean[] unscored;
        private final int n;
        private final int m;
        private final int h;
        private final boolean nonNegative;

        SeriesRun(DemandHistory history) {
            this.history = history;
            this.cleaning = HistoryCleaner.clean(history);
            this.y = cleaning.demandView();
            this.n = y.length;
            this.m = history.seasonLength();
            this.h = options.horizon();
            // null when nothing is flagged (most histories): no array as long as the whole history to scan
            this.unscored = cleaning.promotedPeriods() + cleaning.censoredPeriods() == 0 ? null : new boolean[n];
            boolean[] promoted = history.promotedView();
            boolean[] censored = history.censoredView();
            boolean negative = false;
            for (int t = 0; t < n; t++) negative |= y[t] < 0;
            if (unscored != null) for (int t = 0; t < n; t++) unscored[t] = promoted[t] || censored[t];
            this.nonNegative = !negative;
        }

        ForecastResult run() {
            // Zeros are demand: a history should start when the item became available (see DemandHistory).
            int from = Math.max(0, n - maxHistory());
            int available = n - from;
            DemandProfile profile = DemandProfile.of(y, history.censoredView(), from, n);
            if (available == 0 || profile.demandClass() == DemandClass.NO_DEMAND) {
                String why = n == 0 ? "No history yet: the forecast is zero."
                        : new StringBuilder("No demand in the last ").append(available)
                                .append(" periods: the forecast is zero.").toString();
                return constant(0, "Zero", why, profile);
            }
            boolean intermittent = profile.demandClass().isIntermittent();

            int window = validationWindow(available);
            int fitEnd = n - window;
            SeasonalAdjustment seasonality = SeasonalAdjustment.NONE;
            Seasonal validationSeasonal = null;
            Seasonal finalSeasonal = null;
            if (m >= 2 && !intermittent && available >= 3 * m && fitEnd - from >= 2 * m
                    && Seasonality.isSeasonal(y, from, n, m)) {
                seasonality = SeasonalAdjustment.OWN_INDICES;
                boolean multiplicative = Series.allPositive(y, from, n);
                validationSeasonal = ownIndices(from, fitEnd, multiplicative);
                finalSeasonal = ownIndices(from, n, multiplicative);
            } else if (m >= 2 && history.hasSeasonalProfile()) {
                seasonality = SeasonalAdjustment.SUPPLIED_PROFILE;
                validationSeasonal = new Seasonal(history.seasonalProfileView(), true);
                finalSeasonal = validationSeasonal;
            }

            List<Candidate> candidates = candidates(intermittent, validationSeasonal != null, fitEnd - from);
            if (window == 0 || candidates.size() <= 1) {
                Candidate only = window == 0 || candidates.isEmpty()
                        ? fallback(candidates, intermittent, validationSeasonal != null)
                        : candidates.get(0);
                return single(only, from, finalSeasonal, profile, seasonality, available);
            }

            // Rolling-origin comparison: fit before the window, forecast from every origin inside it.
            double[] validationAdjusted = validationSeasonal == null ? null : validationSeasonal.adjust(y, from);
            FitCache rawCache = new FitCache(y, from, fitEnd);
            FitCache adjustedCache = validationAdjusted == null ? null : new FitCache(validationAdjusted, from, fitEnd);
            int count = candidates.size();
            double[][][] forecasts = new double[count][][];
            double[] rmse = new double[count];
            Fit[] fits = new Fit[count];
            for (int c = 0; c < count; c++) {
                Candidate candidate = candidates.get(c);
                FitCache cache = candidate.adjusted() ? adjustedCache : rawCache;
                Fit fitted = fit(candidate, cache, null);
                fits[c] = fitted;
                forecasts[c] = rollingForecasts(fitted, cache.series, from, fitEnd,
                        candidate.adjusted() ? validationSeasonal : null);
                rmse[c] = rootMeanSquaredError(forecasts[c], fitEnd);
            }
            int[] order = new int[count];
            for (int c = 0; c < count; c++) { // insertion sort by error: a dozen candidates at most
                int j = c;
                while (j > 0 && rmse[order[j - 1]] > rmse[c]) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = c;
            }
            int size = Math.min(options.combinationSize(), count);
            double[][] combined = average(forecasts, order, size);
            double combinedRmse = rootMeanSquaredError(combined, fitEnd);

            // Final: refit the members on the whole history and average their forecasts.
            double[] finalAdjusted = finalSeasonal == null ? null : finalSeasonal.adjust(y, from);
            FitCache finalRaw = new FitCache(y, from, n);
            FitCache finalAdjustedCache = finalAdjusted == null ? null : new FitCache(finalAdjusted, from, n);
            double[] point = new double[h];
            List<ForecastResult.Component> components = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Candidate member = candidates.get(order[i]);
                FitCache cache = member.adjusted() ? finalAdjustedCache : finalRaw;
                Fit fitted = fit(member, cache, fits[order[i]]);
                double[] f = finalForecast(fitted, cache.series, from, member.adjusted() ? finalSeasonal : null);
                for (int k = 0; k < h; k++) point[k] += f[k] / size;
                components.add(new ForecastResult.Component(member.method(), member.adjusted(), 1.0 / size,
                        fitted.parameters(), rmse[order[i]]));
            }
            String method = describe(components);
            String reason = reason(candidates, order, rmse, size, combinedRmse, window, profile, seasonality, from);
            return result(method, reason, profile, point, combined, from, fitEnd, components, seasonality);
        }

        /** Periods fitted on: the option, or the last {@link #AUTO_HISTORY_SEASONS} seasons (at least 100 periods). */
        private int maxHistory() {
            if (options.maxHistory() > 0) return options.maxHistory();
            return Math.max(AUTO_HISTORY_SEASONS * m, AUTO_HISTORY_MIN_PERIODS);
        }

        /**
         * Rolling origins: the option, or the last quarter of the fitted history (the usual 75/25 split; on weekly
         * data with four years that is one full season of origins). Never so many that the fit gets too short.
         */
        private int validationWindow(int available) {
            int wanted = options.validationWindow() > 0 ? options.validationWindow() : available / 4;
            return Math.max(0, Math.min(wanted, available - MIN_FIT_PERIODS));
        }

        private Seasonal ownIndices(int from, int to, boolean multiplicative) {
            int start = Math.max(from, to - MAX_SEASONS_FOR_INDICES * m);
            return new Seasonal(Seasonality.classicalIndices(y, start, to, m, multiplicative), multiplicative);
        }

        private List<Candidate> candidates(boolean intermittent, boolean seasonal, int fitPeriods) {
            List<Candidate> list = candidates(intermittent, seasonal, fitPeriods, false);
            // Methods asked for explicitly still run outside their demand class when nothing else is left.
            return list.isEmpty() ? candidates(intermittent, seasonal, fitPeriods, true) : list;
        }

        private List<Candidate> candidates(boolean intermittent, boolean seasonal, int fitPeriods, boolean anyClass) {
            List<Candidate> list = new ArrayList<>();
            for (Method method : Method.values()) {
                if (!options.candidates().contains(method)) continue;
                if (anyClass && method.isIntermittent()) {
                    list.add(new Candidate(method, false));
                    continue;
                }
                if (intermittent) {
                    // Naive would repeat the last spike or zero; the others estimate a rate (seasonally adjusted
                    // only by a supplied profile: intermittent series do not show their own seasonality).
                    if (method.isIntermittent() || method == Method.SES || method == Method.MOVING_AVERAGE) {
                        list.add(new Candidate(method, seasonal));
                    }
                    continue;
                }
                if (method.isIntermittent()) continue;
                if (method.isHoltWinters()) {
                    boolean multiplicative = method == Method.HOLT_WINTERS_MULTIPLICATIVE;
                    if (seasonal && fitPeriods >= 2 * m && m >= 2
                            && (!multiplicative || Series.allPositive(y, n - fitPeriods, n))) {
                        list.add(new Candidate(method, false));
                    }
                    continue;
                }
                if (method == Method.SEASONAL_NAIVE) {
                    if (m >= 2 && fitPeriods >= m) list.add(new Candidate(method, false));
                    continue;
                }
                if ((method == Method.HOLT || method == Method.DAMPED_HOLT) && fitPeriods < 4) continue;
                list.add(new Candidate(method, seasonal));
            }
            return list;
        }

        /** Without room to compare: SBA for intermittent demand, SES otherwise (or the first allowed candidate). */
        private Candidate fallback(List<Candidate> candidates, boolean intermittent, boolean seasonal) {
            Method preferred = intermittent ? Method.SBA : Method.SES;
            for (Candidate candidate : candidates) if (candidate.method() == preferred) return candidate;
            return candidates.isEmpty() ? new Candidate(preferred, seasonal) : candidates.get(0);
        }

        /** Fits a candidate on the cache's range; {@code previous} (may be null) is a fit on less data to start from. */
        private Fit fit(Candidate candidate, FitCache cache, Fit previous) {
            double[] s = cache.series;
            int from = cache.from;
            int to = cache.to;
            switch (candidate.method()) {
                case NAIVE:
                case DRIFT:
                    return new Fit.Plain(candidate.method(), 0);
                case SEASONAL_NAIVE:
                    return new Fit.Plain(Method.SEASONAL_NAIVE, m);
                case MOVING_AVERAGE:
                    return new Fit.Plain(Method.MOVING_AVERAGE, OtherFits.movingAverageWindow(s, from, to));
                case SES:
                    return cache.ses();
                case HOLT:
                case DAMPED_HOLT: {
                    boolean damped = candidate.method() == Method.DAMPED_HOLT;
                    return previous instanceof SmoothingFits.HoltFit start
                            ? SmoothingFits.holt(s, from, to, damped, start)
                            : SmoothingFits.holt(s, from, to, damped, cache.ses().alpha());
                }
                case THETA:
                    return new Fit.Theta(cache.ses(), Series.slope(s, from, to) / 2);
                case HOLT_WINTERS_ADDITIVE:
                case HOLT_WINTERS_MULTIPLICATIVE: {
                    int start = Math.max(from, to - MAX_SEASONS_FOR_INDICES * m);
                    return OtherFits.holtWinters(s, from, start, to, m,
                            candidate.method() == Method.HOLT_WINTERS_MULTIPLICATIVE);
                }
                case CROSTON:
                case SBA:
                    return OtherFits.croston(s, from, to, candidate.method() == Method.SBA);
                case TSB:
                    return previous instanceof OtherFits.TsbFit start
                            ? OtherFits.tsb(s, from, to, start.alpha(), start.beta(), 0.05)
                            : OtherFits.tsb(s, from, to, 0.1, 0.1, 0.1);
                default:
                    throw new IllegalStateException("No fit for " + candidate.method());
            }
        }

        /** forecasts[origin][k] from each origin t in [fitEnd, n), NaN beyond the history. */
        private double[][] rollingForecasts(Fit fitted, double[] series, int from, int fitEnd, Seasonal seasonal) {
            StateModel model = fitted.start();
            for (int t = from; t < fitEnd; t++) model.observe(series[t]);
            double[][] out = new double[n - fitEnd][h];
            double[] buffer = new double[h];
            for (int t = fitEnd; t < n; t++) {
                model.forecast(buffer, h);
                double[] row = out[t - fitEnd];
                for (int k = 0; k < h; k++) {
                    int target = t + k;
                    row[k] = target < n ? finish(buffer[k], target, seasonal) : Double.NaN;
                }
                model.observe(series[t]);
            }
            return out;
        }

        private double[] finalForecast(Fit fitted, double[] series, int from, Seasonal seasonal) {
            StateModel model = fitted.start();
            for (int t = from; t < n; t++) model.observe(series[t]);
            double[] out = new double[h];
            model.forecast(out, h);
            for (int k = 0; k < h; k++) out[k] = finish(out[k], n + k, seasonal);
            return out;
        }

        private double finish(double value, int period, Seasonal seasonal) {
            double v = seasonal == null ? value : seasonal.restore(value, period);
            return nonNegative && v < 0 ? 0 : v;
        }

        /** Root mean squared error over every origin and step (a mean forecast is what stock levels need). */
        private double rootMeanSquaredError(double[][] forecasts, int fitEnd) {
            double sum = 0;
            int count = 0;
            for (int o = 0; o < forecasts.length; o++) {
                double[] row = forecasts[o];
                int steps = Math.min(h, n - fitEnd - o);
                for (int k = 0; k < steps; k++) {
                    int target = fitEnd + o + k;
                    if (unscored != null && unscored[target]) continue;
                    double e = y[target] - row[k];
                    sum += e * e;
                    count++;
                }
            }
            return count == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(sum / count);
        }

        private double[][] average(double[][][] forecasts, int[] order, int size) {
            int origins = forecasts[0].length;
            double[][] out = new double[origins][h];
            for (int i = 0; i < size; i++) {
                double[][] f = forecasts[order[i]];
                for (int o = 0; o < origins; o++) {
                    for (int k = 0; k < h; k++) out[o][k] += f[o][k] / size;
                }
            }
            return out;
        }

        private ForecastResult single(Candidate candidate, int from, Seasonal seasonal, DemandProfile profile,
                SeasonalAdjustment seasonality, int available) {
            FitCache cache = new FitCache(candidate.adjusted() ? seasonal.adjust(y, from) : y, from, n);
            Fit fitted = fit(candidate, cache, null);
            double[] point = finalForecast(fitted, cache.series, from, candidate.adjusted() ? seasonal : null);
            ForecastResult.Component component =
                    new ForecastResult.Component(candidate.method(), candidate.adjusted(), 1, fitted.parameters(),
                            Double.NaN);
            StringBuilder reason = new StringBuilder();
            if (available - MIN_FIT_PERIODS < 1) {
                reason.append("Only ").append(available).append(" periods of history: too short to compare methods, ")
                        .append(candidate.method().label()).append(" is the safe default for ")
                        .append(profile.demandClass().label()).append(" demand. ");
            } else {
                reason.append("The only applicable method among the candidates. ");
            }
            reason.append(describe(profile, seasonality));
            return new ForecastResult(component.label(), reason.toString(), profile, point,
                    ErrorDistribution.unknown(h), List.of(component), ForecastResult.Validation.NONE, seasonality,
                    cleaning);
        }

        private ForecastResult constant(double value, String method, String reason, DemandProfile profile) {
            double[] point = new double[h];
            Arrays.fill(point, value);
            return new ForecastResult(method, reason, profile, point, ErrorDistribution.unknown(h), List.of(),
                    ForecastResult.Validation.NONE,
                    SeasonalAdjustment.NONE, cleaning);
        }

        private ForecastResult result(String method, String reason, DemandProfile profile, double[] point,
                double[][] combined, int from, int fitEnd, List<ForecastResult.Component> components,
                SeasonalAdjustment seasonality) {
            int origins = combined.length;
            double[][] errors = new double[origins][h];
            double absolute = 0;
            double squared = 0;
            double signed = 0;
            double volume = 0;
            int count = 0;
            for (int o = 0; o < origins; o++) {
                for (int k = 0; k < h; k++) {
                    int target = fitEnd + o + k;
                    if (target >= n || unscored != null && unscored[target]) {
                        errors[o][k] = Double.NaN;
                        continue;
                    }
                    double e = y[target] - combined[o][k];
                    errors[o][k] = e;
                    absolute += Math.abs(e);
                    squared += e * e;
                    signed -= e;
                    volume += Math.abs(y[target]);
                    count++;
                }
            }
            double mae = absolute / count;
            double rmse = Math.sqrt(squared / count);
            double maseScale = ForecastAccuracy.maseScale(y, from, fitEnd, m);
            double rmsseScale = ForecastAccuracy.rmsseScale(y, from, fitEnd);
            ForecastResult.Validation validation = new ForecastResult.Validation(origins, mae, rmse,
                    maseScale > 0 ? mae / maseScale : Double.NaN,
                    rmsseScale > 0 ? rmse / Math.sqrt(rmsseScale) : Double.NaN,
                    volume > 0 ? 100 * absolute / volume : Double.NaN,
                    volume > 0 ? 100 * signed / volume : Double.NaN);
            return new ForecastResult(method, reason, profile, point, ErrorDistribution.fromOrigins(errors, h),
                    components, validation, seasonality, cleaning);
        }

        private String reason(List<Candidate> candidates, int[] order, double[] rmse, int size,
                double combinedRmse, int window, DemandProfile profile, SeasonalAdjustment seasonality, int from) {
            StringBuilder text = new StringBuilder();
            if (size == 1) text.append("Lowest root mean squared error");
            else text.append("The ").append(size).append(" lowest root mean squared errors");
            text.append(" over ").append(window).append(" rolling forecast origins (")
                    .append(h).append(" steps ahead) among ").append(candidates.size()).append(" candidates: ");
            for (int i = 0; i < Math.min(candidates.size(), size + 2); i++) {
                if (i > 0) text.append(", ");
                Candidate candidate = candidates.get(order[i]);
                text.append(candidate.method().label()).append(candidate.adjusted() ? " (SA) " : " ")
                        .append(Texts.number(rmse[order[i]]));
            }
            if (candidates.size() > size + 2) text.append(", …");
            if (size > 1) text.append("; averaging them scores ").append(Texts.number(combinedRmse));
            text.append(". ").append(describe(profile, seasonality));
            if (from > 0) text.append(" Fitted from period ").append(from + 1).append(" on.");
            return text.toString();
        }

        private String describe(DemandProfile profile, SeasonalAdjustment seasonality) {
            StringBuilder text = new StringBuilder("Demand ").append(profile.demandClass().label())
                    .append(" (ADI ").append(Texts.fixed(profile.adi(), 2)).append(", CV² ")
                    .append(Texts.fixed(profile.cv2(), 2)).append("); ");
            switch (seasonality) {
                case OWN_INDICES -> text.append("seasonal (lag-").append(m)
                        .append(" autocorrelation significant), seasonally adjusted.");
                case SUPPLIED_PROFILE -> text.append("adjusted by the supplied seasonal profile.");
                default -> text.append("no seasonal adjustment.");
            }
            return text.toString();
        }

        private String describe(List<ForecastResult.Component> components) {
            if (components.size() == 1) return components.get(0).label();
            StringBuilder text = new StringBuilder("Mean of ");
            for (int i = 0; i < components.size(); i++) {
                if (i > 0) text.append(i == components.size() - 1 ? " and " : ", ");
                text.append(components.get(i).label());
            }
            return text.toString();
        }
    }

    /** Fits shared by the candidates fitted on the same series and range (Holt starts from the SES fit). */
    private static final class FitCache {
        final double[] series;
        final int from;
        final int to;
        private SmoothingFits.SesFit ses;

        FitCache(double[] series, int from, int to) {
            this.series = series;
            this.from = from;
            this.to = to;
        }

        SmoothingFits.SesFit ses() {
            if (ses == null) ses = SmoothingFits.ses(series, from, to);
            return ses;
        }
    }


}
