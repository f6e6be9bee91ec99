package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AllocationStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-16T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private final Store store = Store.inMemory(Clock.fixed(NOW, ZoneOffset.UTC));
    private final AllocationStore allocations = store.allocations();

    @AfterEach
    void close() {
        store.close();
    }

    private static StoredAllocation line(String location, String channel, double quantity) {
        return new StoredAllocation(0, "A", location, channel, "WH", 1, 10, 2, 0.5, 20, quantity, true,
                "1. Supply at WH: 20", null, Double.NaN, null, null);
    }

    private static StoredTransfer transfer(String from, String to, double quantity) {
        return new StoredTransfer(0, "A", from, to, quantity, 40, 20, "1. Overstock", null, Double.NaN, null, null);
    }

    @Test
    void rulesRoundTripInTheirOrderAndCanBeReplaced() {
        List<AllocationRuleRow> rules = List.of(
                new AllocationRuleRow("BUFFER", "sfs", "", "Cuisine", "", "store", Double.NaN, 20, Double.NaN, ""),
                new AllocationRuleRow("PRIORITY", "MKP", "", "", "", "", Double.NaN, Double.NaN, Double.NaN, "3"));

        allocations.replaceRules(rules);

        assertThat(allocations.rules()).containsExactlyElementsOf(rules);
        assertThat(allocations.rules().get(0).channel()).isEqualTo("SFS");
        allocations.replaceRules(List.of());
        assertThat(allocations.rules()).isEmpty();
    }

    @Test
    void aRunRoundTripsAndARecomputationKeepsThePlannersEditBesideTheNewQuantity() {
        AllocationRun first = allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "STORE", 6), line("MAG-2", "STORE", 4)),
                List.of(transfer("MAG-3", "MAG-1", 5)), 1, 12);

        assertThat(first.allocationLines()).isEqualTo(2);
        assertThat(allocations.latestRun()).contains(first);
        assertThat(allocations.allocations()).extracting(StoredAllocation::quantity).containsExactly(6.0, 4.0);
        StoredAllocation edited = allocations.editAllocation("A", "MAG-1", "STORE", 8, "shop window display");
        assertThat(edited.status()).isEqualTo(ProposalStatus.EDITED);
        allocations.setTransferStatus("A", "MAG-3", "MAG-1", ProposalStatus.APPROVED, null);

        AllocationRun second = allocations.saveRun(TODAY.plusDays(1), 8, List.of(line("MAG-1", "STORE", 3)), List.of(), 1, 9);

        StoredAllocation kept = allocations.allocations("A", "MAG-1").get(0);
        assertThat(kept.runId()).isEqualTo(second.id());
        assertThat(kept.quantity()).isEqualTo(3);
        assertThat(kept.effectiveQuantity()).isEqualTo(8);
        assertThat(kept.editReason()).isEqualTo("shop window display");
        // MAG-2 dropped (unedited, no longer allocated); the approved transfer stays although the run did not make it
        assertThat(allocations.allocations()).extracting(StoredAllocation::location).containsExactly("MAG-1");
        assertThat(allocations.transfers()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(ProposalStatus.APPROVED);
            assertThat(t.runId()).isEqualTo(first.id());
        });
    }

    @Test
    void editsAndStatusesAreAuditedUnderTheirSubject() {
        allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "CC", 6)), List.of(transfer("MAG-3", "MAG-1", 5)), 1, 12);

        allocations.editAllocation("A", "MAG-1", "CC", 2, "store closed for works");
        allocations.setAllocationStatus("A", "MAG-1", "CC", ProposalStatus.PROPOSED, "works postponed");
        allocations.editTransfer("A", "MAG-3", "MAG-1", 3, "truck space");

        assertThat(store.auditTrail("A", "MAG-1")).extracting(AuditEntry::subject, AuditEntry::detail, AuditEntry::action,
                AuditEntry::oldValue, AuditEntry::newValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ALLOCATION", "CC", "EDIT", "6 units, PROPOSED", "2 units, EDITED"),
                org.assertj.core.groups.Tuple.tuple("ALLOCATION", "CC", "RESET", "2 units, EDITED", "6 units, PROPOSED"));
        assertThat(store.auditTrail("A", "MAG-3")).extracting(AuditEntry::subject, AuditEntry::detail, AuditEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TRANSFER", "MAG-1", "truck space"));
        assertThat(allocations.allocations("A", "MAG-1").get(0).isEdited()).isFalse();
    }

    @Test
    void anEditOfAnUnknownAllocationOrWithoutReasonIsRefusedAndChangesNothing() {
        allocations.saveRun(TODAY, 7, List.of(line("MAG-1", "STORE", 6)), List.of(), 1, 12);

        assertThatThrownBy(() -> allocations.editAllocation("A", "MAG-9", "STORE", 2, "x"))
                .hasMessageContaining("no allocation of SKU A to MAG-9").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> allocations.editAllocation("A", "MAG-1", "STORE", 2, " "))
                .hasMessageContaining("needs a reason");
        assertThat(store.auditTrail("A", "MAG-9")).isEmpty();
        assertThat(allocations.allocations("A", "MAG-1").get(0).status()).isEqualTo(ProposalStatus.PROPOSED);
    }
}
