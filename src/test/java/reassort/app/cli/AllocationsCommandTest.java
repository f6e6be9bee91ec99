package reassort.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.app.SampleStores;
import reassort.app.Workspace;
import reassort.store.AllocationKey;
import reassort.store.ProposalStatus;
import reassort.store.StoredAllocation;
import reassort.store.StoredTransfer;

/**
 * {@code reassort allocations …} and {@code reassort transfers …} on one allocated sample store (allocating it takes
 * long): each test works on allocations or transfers of its own.
 */
class AllocationsCommandTest {
    @TempDir
    static Path dir;

    private static Path store;

    @BeforeAll
    static void allocatedSample() throws IOException {
        store = SampleStores.importSmall(3, dir, Clock.systemUTC());
        // cheap transfers and a short overstock threshold, so that the small sample proposes some
        Path rules = Files.writeString(dir.resolve("rules.csv"), """
                Rule;Channel;SKU;Category;Location;Location type;Units;Percent;Max exposed;Value
                TRANSFER_COST;;;;;;;;;1/0,1/1
                OVERSTOCK;;;;;;;;;14
                """);
        CliTest.Run allocate = CliTest.run("allocate", "--store", store.toString(), "--plan", "--rules", rules.toString(),
                "-q");
        assertThat(allocate.exitCode()).as(allocate.err()).isZero();
    }

    private static List<StoredAllocation> allocations() {
        try (Workspace workspace = Workspace.open(store, Clock.systemUTC())) {
            return workspace.allocations().allocations();
        }
    }

    private static List<StoredTransfer> transfers() {
        try (Workspace workspace = Workspace.open(store, Clock.systemUTC())) {
            return workspace.allocations().transfers();
        }
    }

    private static CliTest.Run run(String... args) {
        String[] withStore = java.util.Arrays.copyOf(args, args.length + 2);
        withStore[args.length] = "--store";
        withStore[args.length + 1] = store.toString();
        return CliTest.run(withStore);
    }

    @Test
    void aPlannerEditsApprovesAndReadsTheTrailOfOneAllocation() {
        StoredAllocation line = allocations().stream().filter(a -> a.channel().equals("WEB")).findFirst().orElseThrow();

        CliTest.Run edit = run("allocations", "edit", line.sku(), line.location(), "web", "--quantity", "17",
                "--reason", "Web campaign");
        CliTest.Run approve = run("allocations", "approve", "--item", line.sku(), line.location(), "WEB", "--reason",
                "checked");
        CliTest.Run history = run("allocations", "history", line.sku(), line.location(), "WEB");
        CliTest.Run list = run("allocations", "list", "--sku", line.sku(), "--location", line.location(), "--channel", "web");

        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(edit.out()).contains(line.sku() + " to " + line.location() + " × WEB from " + line.source()
                + ": 17 units", "EDITED");
        assertThat(approve.out()).contains("1 allocation(s) now APPROVED.");
        assertThat(history.out()).containsPattern("EDIT +" + line.location() + " +WEB +\\S+ units, PROPOSED +17 units, "
                + "EDITED +Web campaign").containsPattern("APPROVE .*17 units, APPROVED +checked");
        assertThat(list.out().lines().toList()).hasSize(3);
        assertThat(list.out()).containsPattern("APPROVED +\\S+ +\\S+ +17 .*Web campaign")
                .contains("allocations=1 need=", "allocated=17 rejected=0");
        StoredAllocation after = allocations().stream().filter(a -> AllocationKey.of(a).equals(AllocationKey.of(line)))
                .findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(after.effectiveQuantity()).isEqualTo(17);
    }

    @Test
    void aBulkRejectionTouchesOnlyTheSelectionAndANewAllocationRunKeepsIt() {
        List<StoredAllocation> before = allocations();
        String location = before.stream().filter(a -> a.channel().equals("STORE")).map(StoredAllocation::location)
                .reduce((a, b) -> b).orElseThrow();
        long matching = before.stream().filter(a -> a.location().equals(location) && a.channel().equals("STORE")).count();

        CliTest.Run reject = run("allocations", "reject", "--all", "--location", location.toLowerCase(java.util.Locale.ROOT),
                "--channel", "STORE", "--reason", "Store refit");
        CliTest.Run rerun = run("allocate", "-q");
        CliTest.Run list = run("allocations", "list", "--status", "REJECTED", "--location", location, "--limit", "0");

        assertThat(reject.exitCode()).as(reject.err()).isZero();
        assertThat(reject.out()).contains(matching + " allocation(s) now REJECTED.");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        Map<AllocationKey, StoredAllocation> byKey = before.stream()
                .collect(Collectors.toMap(AllocationKey::of, Function.identity()));
        assertThat(allocations()).filteredOn(a -> a.location().equals(location) && a.channel().equals("STORE"))
                .hasSize((int) matching).allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(ProposalStatus.REJECTED);
                    assertThat(a.runId()).isEqualTo(2);
                });
        assertThat(allocations()).filteredOn(a -> !(a.location().equals(location) && a.channel().equals("STORE")))
                .allSatisfy(a -> assertThat(a.status()).isNotEqualTo(ProposalStatus.REJECTED))
                .allSatisfy(a -> assertThat(byKey).containsKey(AllocationKey.of(a)));
        assertThat(list.out()).contains("allocations=" + matching + " ", "allocated=0 rejected=" + matching);
    }

    @Test
    void aPlannerEditsAndRejectsTransfersAndReadsTheirTrail() {
        List<StoredTransfer> transfers = transfers();
        assertThat(transfers).as("the sample proposes transfers").hasSizeGreaterThanOrEqualTo(2);
        StoredTransfer first = transfers.get(0);
        StoredTransfer other = transfers.stream().filter(t -> !t.from().equals(first.from())).findFirst().orElse(transfers.get(1));

        CliTest.Run edit = run("transfers", "edit", first.sku(), first.from(), first.to(), "--quantity", "1", "--reason",
                "half a van");
        CliTest.Run reject = run("transfers", "reject", "--all", "--sku", other.sku(), "--from", other.from(), "--reason",
                "no driver");
        CliTest.Run list = run("transfers", "list", "--status", "EDITED,REJECTED", "--limit", "0");
        CliTest.Run history = run("transfers", "history", first.sku(), first.to());

        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(edit.out()).contains(first.sku() + " from " + first.from() + " to " + first.to() + ": 1 units", "EDITED");
        assertThat(reject.exitCode()).as(reject.err()).isZero();
        long rejected = transfers().stream().filter(t -> t.status() == ProposalStatus.REJECTED).count();
        assertThat(rejected).isPositive();
        assertThat(transfers()).filteredOn(t -> t.status() == ProposalStatus.REJECTED)
                .allSatisfy(t -> assertThat(t.from() + t.sku()).isEqualTo(other.from() + other.sku()));
        assertThat(list.out()).contains("half a van").containsPattern("(?m)^transfers=" + (rejected + 1)
                + " computed=\\d+ to_move=1 rejected=" + rejected + " ");
        assertThat(history.out()).containsPattern("EDIT +" + first.from() + " +" + first.to() + " .*1 units, EDITED +half a van");
    }

    @Test
    void mistakesFailInOneLineWithAHint() {
        StoredAllocation line = allocations().get(0);

        CliTest.Run unknown = run("allocations", "approve", "--item", "NO-SUCH", line.location(), "STORE");
        CliTest.Run negative = run("allocations", "edit", line.sku(), line.location(), line.channel(), "--quantity", "-2",
                "--reason", "x");
        CliTest.Run noReason = run("transfers", "edit", "X", "Y", "Z", "--quantity", "3");
        CliTest.Run itemAndSelection = run("allocations", "reset", "--item", line.sku(), line.location(), line.channel(),
                "--location", line.location());
        CliTest.Run unknownTransfer = run("transfers", "reject", "--item", "NO-SUCH", "A", "B");
        CliTest.Run noRun = CliTest.run("transfers", "list", "--store", dir.resolve("empty").toString());

        for (CliTest.Run run : List.of(unknown, negative, itemAndSelection, unknownTransfer, noRun)) {
            assertThat(run.exitCode()).isNotZero();
            assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains("Maybe");
        }
        assertThat(unknown.err()).contains("no allocation of SKU NO-SUCH to " + line.location() + " × STORE");
        assertThat(negative.err()).contains("(-2.0)");
        assertThat(noReason.exitCode()).isNotZero();
        assertThat(noReason.err()).contains("--reason");
        assertThat(unknownTransfer.err()).contains("no transfer of SKU NO-SUCH from A to B");
        assertThat(noRun.err()).contains("No allocation in", "reassort allocate");
        assertThat(allocations()).filteredOn(a -> AllocationKey.of(a).equals(AllocationKey.of(line)))
                .singleElement().satisfies(a -> assertThat(a.isEdited()).isFalse());
    }
}
