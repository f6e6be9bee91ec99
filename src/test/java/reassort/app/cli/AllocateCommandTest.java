package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.store.StoredAllocation;

class AllocateCommandTest {
    @TempDir
    Path dir;

    @Test
    void allocatesTheSampleWithARulesFileThenExplainsOneAllocationAndRefusesAnUnknownOne() throws IOException {
        Path store = SampleStores.importSmall(3, dir, Clock.systemUTC());
        Path rules = Files.writeString(dir.resolve("rules.csv"), """
                # rules of the test
                Rule;Channel;SKU;Category;Location;Location type;Units;Percent;Max exposed;Value
                BUFFER;SFS;;;;STORE;1;25;;
                CAP;MKP;;;;;;;3;
                MINIMUM;;;;;STORE;2;;;
                PRIORITY;MKP;;;;;;;;3
                FAIR_SHARE;;;;;;;;;DAYS_OF_COVER
                TRANSFER_COST;;;;;;;;;10/0,5/2
                OVERSTOCK;;;;;;;;;21
                """);

        CliTest.Run run = CliTest.run("allocate", "--store", store.toString(), "--plan", "--rules", rules.toString(), "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Rules from rules.csv stored: keep 1 units or 25 % away from SFS",
                "show it at most 3 units", "Allocation run 1 in ", "from plan run 1 (stored rules)", "By channel",
                "Transfers proposed:", "overstock beyond 21 days");
        assertThat(run.out()).containsPattern("(?m)^sources=[1-9]\\d* scarce=\\d+ lines=[1-9]\\d* needed=\\d+ allocated=\\d+ "
                + "transfers=\\d+ elapsed_ms=\\d+$");
        StoredAllocation line;
        try (Workspace workspace = Workspace.open(store, Clock.systemUTC())) {
            line = workspace.allocations().allocations().stream().filter(a -> a.channel().equals("STORE")).findFirst().orElseThrow();
            assertThat(workspace.allocations().ruleRows()).hasSize(7);
        }

        CliTest.Run explain = CliTest.run("allocate", "--store", store.toString(), "--explain", line.sku(), line.location());

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith("SKU " + line.sku() + " to " + line.location() + " (STORE) from ")
                .contains("Supply at", "Status PROPOSED (allocation run 1)", "Available to promise at " + line.location());

        CliTest.Run unknown = CliTest.run("allocate", "--store", store.toString(), "--explain", "NO-SUCH-SKU", line.location());

        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("NO-SUCH-SKU", "Maybe");
    }

    @Test
    void aRerunReportsThePlannersDecisionsItNetted() throws IOException {
        Path store = SampleStores.importSmall(3, dir, Clock.systemUTC());
        CliTest.Run first = CliTest.run("allocate", "--store", store.toString(), "--plan", "-q");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Planner decisions netted: 0 edited/approved/exported lines hold 0 units, 0 rejected")
                .contains("netting held_lines=0 held=0 rejected_lines=0 freed=0 over_supply_sources=0 over_supply=0");
        StoredAllocation rejected;
        StoredAllocation edited;
        try (Workspace workspace = Workspace.open(store, Clock.systemUTC())) {
            java.util.List<StoredAllocation> lines = workspace.allocations().allocations();
            rejected = lines.get(0);
            edited = lines.get(1);
            workspace.allocations().setStatus(rejected.sku(), rejected.location(), rejected.channel(),
                    reassort.store.ProposalStatus.REJECTED, "closed for works");
            workspace.allocations().edit(edited.sku(), edited.location(), edited.channel(), edited.supply() + 7, "launch");
        }

        CliTest.Run rerun = CliTest.run("allocate", "--store", store.toString(), "-q");

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).containsPattern("Planner decisions netted: 1 edited/approved/exported lines hold [\\d,]+ units, "
                + "1 rejected lines free [\\d,]+ units")
                .containsPattern("(?m)^netting held_lines=1 held=\\d+ rejected_lines=1 freed=\\d+ over_supply_sources=1 "
                        + "over_supply=[1-9]\\d*$")
                .contains("Warning: on 1 SKU × sources planner decisions hold");
    }

    @Test
    void aBadRulesFileIsRefusedInOneLineWithItsLine() throws IOException {
        Path rules = Files.writeString(dir.resolve("bad.csv"), "Rule;Channel;Percent\nBUFFER;SFS;140\n");

        CliTest.Run run = CliTest.run("allocate", "--store", dir.resolve("empty").toString(), "--rules", rules.toString(), "-q");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains("bad.csv", "140", "Maybe");
    }
}
