package reassort.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Fixed-parameter methods against R's forecast 8.20 (src/test/resources/golden, provenance in the files). */
class GoldenForecastsTest {

    private static final double RELATIVE_TOLERANCE = 1e-6;

    record Golden(String method, String params, String seriesId, double[] expected) {
        @Override
        public String toString() {
            return method + " " + seriesId;
        }
    }

    static Stream<Golden> goldenForecasts() {
        Map<String, List<double[]>> grouped = new LinkedHashMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        for (String[] row : rows("golden/golden_forecasts.csv")) {
            String key = row[0] + "|" + row[2];
            keys.putIfAbsent(key, row);
            grouped.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(row[3]), parseForecast(row[4])});
        }
        return grouped.entrySet().stream().map(e -> {
            String[] first = keys.get(e.getKey());
            double[] expected = new double[e.getValue().size()];
            for (double[] stepValue : e.getValue()) expected[(int) stepValue[0] - 1] = stepValue[1];
            return new Golden(first[0], first[1], first[2], expected);
        });
    }

    /** R answers NA where the method does not apply (Holt-Winters on fewer than two seasons). */
    private static double parseForecast(String value) {
        return value.equals("NA") ? Double.NaN : Double.parseDouble(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenForecasts")
    void matchesTheReferenceImplementation(Golden golden) {
        double[] y = inputs().get(golden.seriesId());
        int h = golden.expected().length;
        if (Double.isNaN(golden.expected()[0])) {
            assertThatThrownBy(() -> forecast(golden, y, h))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("needs at least");
            return;
        }
        double[] actual = forecast(golden, y, h);
        for (int k = 0; k < h; k++) {
            double expected = golden.expected()[k];
            assertThat(actual[k])
                    .as("%s %s step %d", golden.method(), golden.seriesId(), k + 1)
                    .isCloseTo(expected, within(RELATIVE_TOLERANCE * Math.max(1e-9, Math.abs(expected))));
        }
    }

    private static double[] forecast(Golden golden, double[] y, int h) {
        return switch (golden.method()) {
            case "ses" -> FixedForecasts.ses(y, 0.3, h);
            case "holt" -> FixedForecasts.holt(y, 0.3, 0.1, h);
            case "hw_additive" -> FixedForecasts.holtWintersAdditive(y, 52, 0.3, 0.05, 0.1, h);
            case "hw_multiplicative" -> FixedForecasts.holtWintersMultiplicative(y, 52, 0.3, 0.05, 0.1, h);
            case "naive" -> FixedForecasts.naive(y, h);
            case "snaive" -> FixedForecasts.seasonalNaive(y, 52, h);
            case "ma" -> FixedForecasts.movingAverage(y, 8, h);
            case "croston" -> FixedForecasts.croston(y, 0.1, h);
            default -> throw new AssertionError("No implementation mapped for golden method " + golden.method());
        };
    }

    private static Map<String, double[]> inputs() {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (String[] row : rows("golden/golden_inputs.csv")) {
            values.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Double.parseDouble(row[2]));
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        values.forEach((id, list) -> series.put(id, list.stream().mapToDouble(Double::doubleValue).toArray()));
        return series;
    }

    /** Data rows: comment lines (provenance, starting with #) and the column header are skipped. */
    private static List<String[]> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(GoldenForecastsTest.class.getClassLoader().getResourceAsStream(resource),
                        resource),
                StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String header = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header == null) {
                    header = line;
                    continue;
                }
                rows.add(splitCsv(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden files quote only the empty params field ({@code ""}); nothing else is quoted. */
    private static String[] splitCsv(String line) {
        return line.split(",", -1);
    }
}
