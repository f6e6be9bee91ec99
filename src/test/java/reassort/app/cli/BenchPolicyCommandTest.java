package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchPolicyCommandTest {

    @Test
    void printsTheComparisonTableTheStockRatioAndTheThroughput() {
        CliTest.Run run = CliTest.run("bench-policy", "--periods", "2000", "--series", "1000", "--seed", "5");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("computed policy", "plain min/max (one m)", "intermittent lumpy (gamma sizes)",
                "COMPOUND_INTERMITTENT", "series/s", "Heap: input");
        Matcher ratio = Pattern.compile("Stock ratio \\(computed policy / plain min/max at the same mean cycle service\\): (\\d+\\.\\d+)")
                .matcher(run.out());
        assertThat(ratio.find()).isTrue();
        assertThat(Double.parseDouble(ratio.group(1))).isBetween(0.0, 1.0);
    }

    @Test
    void aHundredPercentTargetFailsWithOneLine() {
        CliTest.Run run = CliTest.run("bench-policy", "--target", "1", "--series", "0");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err().strip()).isEqualTo(
                "reassort: --target: Service level 100 % cannot be reached with finite stock. Maybe use 99.5 %.");
    }

    @Test
    void aTooShortSimulationIsRefusedWithAHint() {
        CliTest.Run run = CliTest.run("bench-policy", "--periods", "50", "--series", "0");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err()).contains("--periods (50) is too short").doesNotContain("Exception");
    }

    @Test
    void theCommandIsListedInTheHelp() {
        assertThat(CliTest.run("--help").out()).contains("bench-policy");
    }
}
