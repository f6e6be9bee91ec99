package reassort.app.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reassort.domain.ProgressListener;
import reassort.engine.forecast.BatchForecaster;
import reassort.engine.forecast.DemandHistory;
import reassort.engine.forecast.FixedForecasts;
import reassort.engine.forecast.ForecastAccuracy;
import reassort.engine.forecast.ForecastOptions;
import reassort.engine.forecast.ForecastResult;
import reassort.engine.forecast.Forecaster;
import reassort.engine.forecast.Method;
import reassort.io.SeriesCsvReader;

/**
 * Scores the automatic forecaster on any set of series in the long shape {@code series_id,t,y}: the last
 * {@code horizon} points of each series are held out, the rest forecast, and the forecasts scored as in the
 * benchmark README. Prints one summary line; {@code --out} writes one row per series.
 */
@Command(
        name = "forecast-eval",
        mixinStandardHelpOptions = true,
        description = "Score the automatic forecaster on a CSV of series (series_id,t,y), holding out the last"
                + " HORIZON points of each.")
public final class ForecastEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV with columns series_id,t,y.")
    Path input;

    @Option(names = "--horizon", required = true, paramLabel = "N", description = "Points held out and forecast.")
    int horizon;

    @Option(names = "--season", defaultValue = "1", paramLabel = "M",
            description = "Periods per season (52 weekly, 12 monthly, 1 none). Default: ${DEFAULT-VALUE}.")
    int season;

    @Option(names = "--mase-lag", paramLabel = "S",
            description = "Lag of the MASE scale (default: the season length; M4 uses 1 for weekly data).")
    Integer maseLag;

    @Option(names = "--out", paramLabel = "FILE", description = "Write per-series results (CSV) here.")
    Path out;

    @Option(names = "--methods", paramLabel = "LIST", split = ",",
            description = "Candidate methods (default: the automatic set), comma-separated; the single best is"
                    + " used unless --combine is given. One method alone runs it everywhere, e.g. --methods tsb."
                    + " 'naive-fixed', 'ses-fixed', 'croston-fixed', 'sba-fixed' and 'tsb-fixed' run the"
                    + " fixed-parameter textbook versions (alpha 0.3 for SES, 0.1 for the others).")
    List<String> methods;

    @Option(names = "--combine", paramLabel = "K", description = "Average the K best candidates (default 2).")
    Integer combine;

    @Option(names = "--validation", paramLabel = "W",
            description = "Rolling-origin validation window in periods (default: the last quarter of the fitted history).")
    Integer validation;

    @Option(names = "--max-history", paramLabel = "N", description = "Fit on the last N periods only (default all).")
    Integer maxHistory;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "N",
            description = "Untimed passes over all series before the timed one, so that ms_per_series shows the"
                    + " steady-state throughput instead of a cold JVM's (default ${DEFAULT-VALUE}: cold).")
    int warmup;

    @Option(names = "--runs", defaultValue = "1", paramLabel = "N",
            description = "Timed passes over all series in the same JVM (default ${DEFAULT-VALUE}). With N > 1,"
                    + " ms_per_series is the median of the warm passes 2..N and cold_ms_per_series the first pass's"
                    + " (JIT compilation included), like a benchmark harness's warm-up/measurement split.")
    int runs;

    @Override
    public Integer call() {
        if (horizon < 1) throw new CliFailure("--horizon (" + horizon + ") must be at least 1.", Cli.EXIT_USAGE);
        if (season < 1) throw new CliFailure("--season (" + season + ") must be at least 1.", Cli.EXIT_USAGE);
        int lag = maseLag == null ? season : maseLag;
        if (lag < 1) throw new CliFailure("--mase-lag (" + lag + ") must be at least 1.", Cli.EXIT_USAGE);
        List<SeriesCsvReader.Series> series;
        try {
            series = SeriesCsvReader.read(input);
        } catch (SeriesCsvReader.InvalidSeriesFileException e) {
            throw new CliFailure(e.getMessage());
        }
        if (series.isEmpty()) throw new CliFailure(input + " holds no series. Maybe only the header is there.");
        List<DemandHistory> histories = new ArrayList<>(series.size());
        for (SeriesCsvReader.Series s : series) {
            if (s.length() <= horizon) {
                throw new CliFailure("Series " + s.id() + " has " + s.length() + " points; holding out " + horizon
                        + " needs at least " + (horizon + 1) + ". Maybe lower --horizon or drop the series.");
            }
            histories.add(DemandHistory.of(Arrays.copyOf(s.values(), s.length() - horizon), season));
        }

        if (warmup < 0) throw new CliFailure("--warmup (" + warmup + ") must be 0 or more.", Cli.EXIT_USAGE);
        if (runs < 1) throw new CliFailure("--runs (" + runs + ") must be at least 1.", Cli.EXIT_USAGE);
        for (int pass = 0; pass < warmup; pass++) forecast(histories, new ArrayList<>(histories.size()));
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        List<double[]> forecasts = null;
        List<ForecastResult> results = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            List<double[]> passForecasts = new ArrayList<>(histories.size());
            List<ForecastResult> passResults = forecast(histories, passForecasts);
            wall[run] = System.nanoTime() - start;
            cpu[run] = processCpuNanos() - cpuStart;
            if (forecasts != null && !sameForecasts(forecasts, passForecasts)) {
                throw new CliFailure("Pass " + (run + 1) + " forecast differently from pass 1: the forecaster is"
                        + " not deterministic. Maybe report this with the input file.");
            }
            forecasts = passForecasts;
            results = passResults;
        }

        ForecastAccuracy.Summary summary = new ForecastAccuracy.Summary();
        List<ForecastAccuracy.Scores> scores = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            double[] values = series.get(i).values();
            double[] train = Arrays.copyOf(values, values.length - horizon);
            double[] actual = Arrays.copyOfRange(values, values.length - horizon, values.length);
            ForecastAccuracy.Scores s = ForecastAccuracy.score(train, actual, forecasts.get(i), lag);
            scores.add(s);
            summary.add(s);
        }
        if (out != null) write(series, results, forecasts, scores);

        ForecastAccuracy.Scores means = summary.means();
        int count = series.size();
        String cold = runs == 1 ? "" : String.format(Locale.ROOT,
                " cold_ms_per_series=%.3f cold_cpu_ms_per_series=%.3f runs=%d",
                wall[0] / 1e6 / count, cpu[0] / 1e6 / count, runs);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(String.format(Locale.ROOT,
                "series=%d MASE=%.3f sMAPE=%.2f RMSSE=%.3f wMAPE=%.2f bias=%.2f ms_per_series=%.3f cpu_ms_per_series=%.3f%s%s",
                summary.series(), means.mase(), means.smape(), means.rmsse(), means.wmape(), means.bias(),
                warmMedian(wall) / 1e6 / count, warmMedian(cpu) / 1e6 / count, cold,
                summary.maseLeftOut() > 0 ? " mase_left_out=" + summary.maseLeftOut() : ""));
        stdout.flush();
        return 0;
    }

    /** The only pass's figure, or the median of passes 2..N (the first one pays for the JIT compilation). */
    static double warmMedian(long[] passes) {
        if (passes.length == 1) return passes[0];
        long[] warm = Arrays.copyOfRange(passes, 1, passes.length);
        Arrays.sort(warm);
        int mid = warm.length / 2;
        return warm.length % 2 == 1 ? warm[mid] : (warm[mid - 1] + warm[mid]) / 2.0;
    }

    private static boolean sameForecasts(List<double[]> a, List<double[]> b) {
        for (int i = 0; i < a.size(); i++) if (!Arrays.equals(a.get(i), b.get(i))) return false;
        return true;
    }

    /** Runs the forecaster (or a fixed textbook method) on every history; fills {@code forecasts} in order. */
    private List<ForecastResult> forecast(List<DemandHistory> histories, List<double[]> forecasts) {
        if (methods != null && methods.size() == 1 && methods.get(0).strip().toLowerCase(Locale.ROOT).endsWith("-fixed")) {
            String fixed = methods.get(0).strip().toLowerCase(Locale.ROOT);
            for (DemandHistory history : histories) {
                double[] y = history.demand();
                forecasts.add(switch (fixed) {
                    case "naive-fixed" -> FixedForecasts.naive(y, horizon);
                    case "ses-fixed" -> FixedForecasts.ses(y, 0.3, horizon);
                    case "croston-fixed" -> FixedForecasts.croston(y, 0.1, horizon);
                    case "sba-fixed" -> FixedForecasts.sba(y, 0.1, horizon);
                    case "tsb-fixed" -> FixedForecasts.tsb(y, 0.1, 0.1, horizon);
                    default -> throw new CliFailure("Unknown fixed method '" + fixed
                            + "'. Maybe naive-fixed, ses-fixed or croston-fixed.", Cli.EXIT_USAGE);
                });
            }
            return null;
        }
        BatchForecaster batch = new BatchForecaster(new Forecaster(options()),
                threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        List<ForecastResult> results = batch.forecastAll(histories, ProgressListener.NONE);
        for (ForecastResult result : results) forecasts.add(result.point());
        return results;
    }

    private ForecastOptions options() {
        ForecastOptions options = ForecastOptions.defaults(horizon);
        if (methods != null) {
            Set<Method> chosen = EnumSet.noneOf(Method.class);
            for (String name : methods) {
                try {
                    chosen.add(Method.parse(name));
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(e.getMessage(), Cli.EXIT_USAGE);
                }
            }
            options = options.withCandidates(chosen).withCombinationSize(1);
        }
        try {
            if (combine != null) options = options.withCombinationSize(combine);
            if (validation != null) options = options.withValidationWindow(validation);
            if (maxHistory != null) options = options.withMaxHistory(maxHistory);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage(), Cli.EXIT_USAGE);
        }
        return options;
    }

    private void write(List<SeriesCsvReader.Series> series, List<ForecastResult> results, List<double[]> forecasts,
            List<ForecastAccuracy.Scores> scores) {
        try (CsvWriter writer = CsvWriter.builder().build(out)) {
            List<String> header = new ArrayList<>(List.of("series_id", "n_train", "demand_class", "method",
                    "MASE", "sMAPE", "RMSSE", "wMAPE", "bias", "reason"));
            for (int k = 1; k <= horizon; k++) header.add("f" + k);
            writer.writeRecord(header);
            for (int i = 0; i < series.size(); i++) {
                ForecastResult result = results == null ? null : results.get(i);
                ForecastAccuracy.Scores s = scores.get(i);
                List<String> row = new ArrayList<>(List.of(series.get(i).id(),
                        Integer.toString(series.get(i).length() - horizon),
                        result == null ? "" : result.demandClass().name().toLowerCase(Locale.ROOT),
                        result == null ? String.join(",", methods) : result.method(),
                        number(s.mase()), number(s.smape()), number(s.rmsse()), number(s.wmape()), number(s.bias()),
                        result == null ? "fixed method" : result.reason()));
                for (double f : forecasts.get(i)) row.add(number(f));
                writer.writeRecord(row);
            }
        } catch (IOException e) {
            throw new CliFailure("Cannot write " + out + ": " + e.getMessage() + ". Maybe the folder does not exist.");
        }
    }

    /**
     * CPU time of the whole process (every thread: forecasting, JIT compilers, GC), so that a pass can be compared
     * on a shared machine where wall time depends on the other jobs. -1 where the JVM does not tell.
     */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }
}
