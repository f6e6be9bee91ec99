package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static reassort.store.TestData.daily;
import static reassort.store.TestData.importAll;
import static reassort.store.TestData.order;
import static reassort.store.TestData.product;
import static reassort.store.TestData.promotion;
import static reassort.store.TestData.stock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.CancelledException;
import reassort.domain.Dataset;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

class ImportWriterTest {
    @TempDir
    Path temp;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    /** A store with some of everything, so that "unchanged" means something. */
    private static Store populated(Store store) {
        importAll(store, "master.xlsx", List.of(product("SKU-1"), product("SKU-2"), TestData.store("STORE-1"),
                TestData.warehouse("WH-PARIS"), TestData.supplier("SUP-1"),
                stock("SKU-1", "STORE-1", "2025-03-01", 10), order("PO-1", "SKU-1", "STORE-1", 24),
                promotion("PR-1", Set.of("WEB", "STORE"))));
        importAll(store, "sales.csv", daily("SKU-1", "STORE-1", "STORE", "2025-01-01", "2025-03-31", 2));
        return store;
    }

    @Test
    void everyKindOfRecordComesBackAsItWasWritten() {
        List<SalesLine> sales = List.of(
                TestData.sale("2025-01-06", "SKU-1", "STORE-1", "STORE", 3, 59.7),
                TestData.sale("2025-01-06", "SKU-1", "STORE-1", "STORE", 1, 19.9),
                TestData.returned("2025-01-07", "SKU-1", "STORE-1", "STORE", 1, 19.9),
                TestData.promoSale("2025-01-08", "SKU-1", "STORE-1", "STORE", 2.5, 0.1 + 0.2, "SOLDES-Été"),
                TestData.sale("2025-04-01", "SKU-1", "STORE-1", "STORE", 1e9, 123456789.123),
                TestData.sale("2025-01-06", "SKU-2", "WEB-DC", "WEB", 0, 0));
        Product product = new Product("SKU-1", "Trail shoe « léger »", "Running", 31.75, 79.0, "SUP-1", "TR-77", 6, 12);
        Product bare = new Product("SKU-2", "", null, 0, 0, null, null, 1, 0);
        Location store = new Location("STORE-1", "Lyon Part-Dieu", LocationType.STORE, "South-East", "WH-PARIS", true, true);
        Location warehouse = new Location("WH-PARIS", "Paris DC", LocationType.WAREHOUSE, "", null, false, false);
        Supplier supplier = new Supplier("SUP-1", "Acme", 10.5, 2.25, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 500);
        Supplier anyDay = new Supplier("SUP-2", "Bolt", 3, 0, Set.of(), 0);
        StockPosition stock = new StockPosition("SKU-1", "STORE-1", LocalDate.parse("2025-03-01"), -2, 1, 4, 3);
        PurchaseOrderLine line = new PurchaseOrderLine("PO-9", "SKU-1", "WH-PARIS", "SUP-1", 120, LocalDate.parse("2025-03-20"), false);
        Promotion allChannels = new Promotion("PR-ALL", "Category week", null, "Running", Set.of(), null,
                LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-07"), 0, PromotionMechanic.DISPLAY);
        Promotion twoChannels = new Promotion("PR-2", "Web and store", "SKU-1", null, Set.of("WEB", "STORE"), "STORE-1",
                LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-09"), 15.5, PromotionMechanic.MULTIBUY);

        try (Store s = Store.inMemory()) {
            List<Record> records = new ArrayList<>(sales);
            records.addAll(List.of(product, bare, store, warehouse, supplier, anyDay, stock, line, allChannels, twoChannels));
            importAll(s, records);

            assertThat(s.products()).containsExactly(product, bare);
            assertThat(s.locations()).containsExactly(store, warehouse);
            assertThat(s.suppliers()).containsExactly(supplier, anyDay);
            assertThat(s.latestStock()).containsExactly(stock);
            assertThat(s.purchaseOrders()).containsExactly(line);
            assertThat(s.promotions()).containsExactly(allChannels, twoChannels);
            assertThat(s.salesLines(new SeriesKey("SKU-1", "STORE-1", "STORE"), LocalDate.MIN, LocalDate.MAX))
                    .containsExactlyElementsOf(sales.subList(0, 5));
            assertThat(s.salesLines(new SeriesKey("SKU-2", "WEB-DC", "WEB"), LocalDate.MIN, LocalDate.MAX))
                    .containsExactly(sales.get(5));
            assertThat(s.seriesKeys()).containsExactly(
                    new SeriesKey("SKU-1", "STORE-1", "STORE"), new SeriesKey("SKU-2", "WEB-DC", "WEB"));
            assertThat(s.product("SKU-1")).contains(product);
            assertThat(s.product("NOPE")).isEmpty();
        }
    }

    @Test
    void nothingOfAnImportIsVisibleBeforeItsCommit() {
        try (Store store = populated(Store.inMemory())) {
            StoreContents before = StoreContents.of(store);
            try (ImportWriter writer = store.beginImport("week 14.csv")) {
                daily("SKU-3", "STORE-2", "STORE", "2025-03-01", "2025-04-06", 5).forEach(writer::add);
                writer.add(product("SKU-3"));
                writer.add(stock("SKU-1", "STORE-1", "2025-04-06", 3));
                assertThat(StoreContents.of(store)).isEqualTo(before);

                ImportOutcome outcome = writer.commit(List.of());
                assertThat(outcome.counts(Dataset.SALES)).isEqualTo(new DatasetCounts(37, 0, 0));
            }
            assertThat(store.products()).extracting(Product::sku).contains("SKU-3");
            assertThat(store.stockDates()).containsExactly(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-06"));
        }
    }

    @Test
    void anExceptionInTheMiddleOfAnImportLeavesTheStoreUnchanged() {
        try (Store store = populated(Store.open(temp.resolve("s")))) {
            StoreContents before = StoreContents.of(store);
            assertThatThrownBy(() -> {
                try (ImportWriter writer = store.beginImport("broken.xlsx")) {
                    for (int i = 0; i < 2500; i++) writer.add(product("NEW-" + i));
                    writer.add(product("SKU-1", "Overwritten"));
                    daily("SKU-1", "STORE-1", "STORE", "2025-02-01", "2025-02-28", 100).forEach(writer::add);
                    throw new IllegalStateException("parser failed on row 2 503");
                }
            }).hasMessage("parser failed on row 2 503");
            assertThat(StoreContents.of(store)).isEqualTo(before);
        }
    }

    @Test
    void aRollbackLeavesTheStoreUnchangedAndFreesItForTheNextImport() {
        try (Store store = populated(Store.inMemory())) {
            StoreContents before = StoreContents.of(store);
            ImportWriter writer = store.beginImport("refused.csv");
            writer.add(product("SKU-1", "Overwritten"));
            writer.add(order("PO-1", "SKU-1", "STORE-1", 1));
            daily("SKU-1", "STORE-1", "STORE", "2025-01-01", "2025-01-31", 50).forEach(writer::add);
            writer.rollback();
            writer.rollback();

            assertThat(StoreContents.of(store)).isEqualTo(before);
            assertThatThrownBy(() -> writer.add(product("SKU-9"))).hasMessageContaining("already rolled back");
            importAll(store, List.of(product("SKU-9")));
            assertThat(store.knownSkus()).contains("SKU-9");
        }
    }

    @Test
    void closingWithoutACommitRollsBack() {
        try (Store store = populated(Store.inMemory())) {
            StoreContents before = StoreContents.of(store);
            try (ImportWriter writer = store.beginImport("forgotten.csv")) {
                writer.add(product("SKU-1", "Overwritten"));
                daily("SKU-1", "STORE-1", "STORE", "2025-03-01", "2025-03-31", 7).forEach(writer::add);
            }
            assertThat(StoreContents.of(store)).isEqualTo(before);
        }
    }

    @Test
    void closingTheStoreRollsBackAnOpenImport() {
        Path directory = temp.resolve("s");
        StoreContents before;
        try (Store store = populated(Store.open(directory))) {
            before = StoreContents.of(store);
            ImportWriter writer = store.beginImport("interrupted by exit.csv");
            writer.add(product("SKU-1", "Overwritten"));
            daily("SKU-1", "STORE-1", "STORE", "2025-03-01", "2025-03-31", 7).forEach(writer::add);
        }
        try (Store store = Store.open(directory)) {
            assertThat(StoreContents.of(store)).isEqualTo(before);
        }
    }

    @Test
    void aFailedWriteRollsBackAndSaysWhichImportFailed() {
        try (Store store = populated(Store.inMemory())) {
            StoreContents before = StoreContents.of(store);
            ImportWriter writer = store.beginImport("too long.csv");
            writer.add(product("SKU-1", "Overwritten"));
            daily("SKU-1", "STORE-1", "STORE", "2025-03-01", "2025-03-31", 7).forEach(writer::add);
            writer.add(product("X".repeat(150)));

            assertThatThrownBy(() -> writer.commit(List.of()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("The import of too long.csv could not be saved")
                    .hasMessageEndingWith("Nothing was changed.");
            assertThat(StoreContents.of(store)).isEqualTo(before);
        }
    }

    @Test
    void anInterruptedImportIsCancelledAndTheFileStoreStaysUsable() {
        Path directory = temp.resolve("s");
        try (Store store = populated(Store.open(directory))) {
            StoreContents before = StoreContents.of(store);
            ImportWriter writer = store.beginImport("cancelled.xlsx");
            daily("SKU-1", "STORE-1", "STORE", "2025-03-01", "2025-03-31", 7).forEach(writer::add);
            Thread.currentThread().interrupt();
            // Database and file work with the interrupt flag up: a FileChannel is closed by it, and H2's
            // recovery from that swallows the flag, so the cancellation would be lost.
            for (int i = 0; i < 3000; i++) writer.add(product("NEW-" + i));
            store.rememberMapping("while cancelled", "written to disk at once");
            assertThatThrownBy(() -> writer.commit(List.of())).isInstanceOf(CancelledException.class);
            assertThat(Thread.interrupted()).isTrue();

            assertThat(StoreContents.of(store)).isEqualTo(before);
            importAll(store, List.of(product("AFTER")));
            assertThat(store.knownSkus()).contains("AFTER");
        }
        try (Store store = Store.open(directory)) {
            assertThat(store.knownSkus()).contains("AFTER", "SKU-1").doesNotContain("NEW-1");
            assertThat(store.rememberedMapping("while cancelled")).isPresent();
        }
    }

    @Test
    void aDatabaseShutDownMidImportLeavesTheStoreAsItWasWhenReopened() throws Exception {
        Path directory = temp.resolve("s");
        StoreContents before;
        Store store = populated(Store.open(directory));
        before = StoreContents.of(store);
        ImportWriter writer = store.beginImport("crashed.csv");
        for (int i = 0; i < 3000; i++) writer.add(product("NEW-" + i));
        writer.add(stock("SKU-1", "STORE-1", "2025-03-01", 999));
        store.checkpoint();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:async:" + directory.toAbsolutePath().resolve("reassort"), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        }
        try (Store reopened = Store.open(directory)) {
            assertThat(StoreContents.of(reopened)).isEqualTo(before);
        }
    }

    @Test
    void aJvmKilledWhileCommittingAnImportLeavesTheStoreAsItWas() throws Exception {
        Path directory = temp.resolve("s");
        StoreContents before;
        try (Store store = populated(Store.open(directory))) {
            importAll(store, daily("SKU-9", "STORE-1", "STORE", "2025-01-01", "2025-03-31", 1));
            before = StoreContents.of(store);
        }

        Process child = ChildStoreProcess.start("crash", directory.toString());
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue())
                .as("the child halted inside the commit; its output: %s",
                        new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(ChildStoreProcess.HALTED);

        try (Store store = Store.open(directory)) {
            assertThat(StoreContents.of(store)).isEqualTo(before);
            importAll(store, List.of(product("AFTER")));
            assertThat(store.knownSkus()).contains("AFTER");
        }
    }

    @Test
    void onlyOneImportRunsAtATime() {
        try (Store store = Store.inMemory()) {
            ImportWriter first = store.beginImport("first.csv");
            assertThatThrownBy(() -> store.beginImport("second.csv"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Another import into the store in memory is still running")
                    .hasMessageContaining("second.csv");
            first.commit(List.of());
            store.beginImport("second.csv").close();
        }
    }

    @Test
    void masterDataIsUpsertedByKeyAndTheOutcomeCountsNewAndUpdatedRecords() {
        try (Store store = populated(Store.inMemory())) {
            ImportOutcome outcome = importAll(store, "update.xlsx", List.of(
                    product("SKU-1", "Renamed"), product("SKU-4"), product("SKU-4", "Twice in the file"),
                    new Location("STORE-1", "Moved", LocationType.STORE, "West", null, false, true),
                    new Supplier("SUP-1", "Acme", 4, 1, Set.of(), 0), TestData.supplier("SUP-2"),
                    promotion("PR-1", Set.of("MKP")), promotion("PR-2", Set.of())));

            assertThat(outcome.counts(Dataset.PRODUCTS)).isEqualTo(new DatasetCounts(1, 0, 2));
            assertThat(outcome.counts(Dataset.LOCATIONS)).isEqualTo(new DatasetCounts(0, 0, 1));
            assertThat(outcome.counts(Dataset.SUPPLIERS)).isEqualTo(new DatasetCounts(1, 0, 1));
            assertThat(outcome.counts(Dataset.PROMOTIONS)).isEqualTo(new DatasetCounts(1, 0, 1));
            assertThat(outcome.counts(Dataset.SALES)).isEqualTo(DatasetCounts.NONE);
            assertThat(store.products()).extracting(Product::sku, Product::label).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("SKU-1", "Renamed"),
                    org.assertj.core.groups.Tuple.tuple("SKU-2", "Label SKU-2"),
                    org.assertj.core.groups.Tuple.tuple("SKU-4", "Twice in the file"));
            assertThat(store.locations()).filteredOn(l -> l.code().equals("STORE-1")).extracting(Location::name)
                    .containsExactly("Moved");
            assertThat(store.suppliers()).extracting(Supplier::code, Supplier::leadTimeDays).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("SUP-1", 4.0), org.assertj.core.groups.Tuple.tuple("SUP-2", 7.0));
            assertThat(store.promotions()).extracting(Promotion::code, Promotion::channels).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("PR-1", Set.of("MKP")),
                    org.assertj.core.groups.Tuple.tuple("PR-2", Set.of()));
        }
    }

    @Test
    void stockSnapshotsBuildAHistoryAndASnapshotOfTheSameDateIsReplaced() {
        try (Store store = Store.inMemory()) {
            importAll(store, List.of(stock("SKU-1", "STORE-1", "2025-03-01", 10), stock("SKU-2", "STORE-1", "2025-03-01", 4)));
            ImportOutcome second = importAll(store, "stock 2025-03-08.csv", List.of(
                    stock("SKU-1", "STORE-1", "2025-03-08", 6), stock("SKU-1", "STORE-1", "2025-03-01", 11)));

            assertThat(second.counts(Dataset.STOCK)).isEqualTo(new DatasetCounts(1, 0, 1));
            assertThat(store.stockHistory("SKU-1", "STORE-1")).extracting(StockPosition::asOf, StockPosition::onHand)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-03-01"), 11.0),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-03-08"), 6.0));
            assertThat(store.latestStock()).containsExactly(
                    stock("SKU-1", "STORE-1", "2025-03-08", 6), stock("SKU-2", "STORE-1", "2025-03-01", 4));
            assertThat(store.stockAsOf(LocalDate.parse("2025-03-07"))).containsExactly(
                    stock("SKU-1", "STORE-1", "2025-03-01", 11), stock("SKU-2", "STORE-1", "2025-03-01", 4));
            assertThat(store.stockAsOf(LocalDate.parse("2025-02-28"))).isEmpty();
        }
    }

    @Test
    void purchaseOrderLinesAreUpsertedByOrderSkuAndLocation() {
        try (Store store = Store.inMemory()) {
            importAll(store, List.of(order("PO-1", "SKU-1", "STORE-1", 10), order("PO-1", "SKU-2", "STORE-1", 5)));
            ImportOutcome second = importAll(store, "orders.csv", List.of(
                    order("PO-1", "SKU-1", "STORE-1", 12), order("PO-1", "SKU-1", "STORE-2", 3)));

            assertThat(second.counts(Dataset.PURCHASE_ORDERS)).isEqualTo(new DatasetCounts(1, 0, 1));
            assertThat(store.purchaseOrders()).extracting(l -> l.orderId() + " " + l.sku() + " " + l.location() + " " + l.quantity())
                    .containsExactly("PO-1 SKU-1 STORE-1 12.0", "PO-1 SKU-1 STORE-2 3.0", "PO-1 SKU-2 STORE-1 5.0");
        }
    }

    @Test
    void theFirstIssuesOfAnImportAreKeptWithTheTotalAndTheRunIsRecorded() {
        try (Store store = Store.inMemory()) {
            List<ImportIssueRow> issues = new ArrayList<>();
            for (int row = 2; row < Store.KEPT_ISSUES + 52; row++) {
                issues.add(new ImportIssueRow("sales.xlsx", "Week 14", row, "Code article", "SKU-?" + row,
                        "Unknown SKU. Maybe import the products first.", IssueSeverity.ERROR));
            }
            issues.add(0, new ImportIssueRow("sales.xlsx", null, 0, null, null, "File has no promo column.", IssueSeverity.WARNING));
            ImportOutcome outcome;
            try (ImportWriter writer = store.beginImport("sales.xlsx")) {
                writer.add(TestData.sale("2025-04-01", "SKU-1", "STORE-1", "STORE", 1, 10));
                outcome = writer.commit(issues, 4711);
            }

            assertThat(outcome.issueCount()).isEqualTo(4711);
            List<ImportIssueRow> kept = store.importIssues(outcome.runId());
            assertThat(kept).hasSize(Store.KEPT_ISSUES).containsExactlyElementsOf(issues.subList(0, Store.KEPT_ISSUES));
            assertThat(store.importRuns()).containsExactly(outcome.run());
            assertThat(store.lastImport()).contains(outcome.run());
            assertThat(outcome.run().counts()).containsOnlyKeys(Dataset.SALES);
        }
    }

    @Test
    void anImportRefusesRecordsThatAreNotDatasetRecords() {
        record Stranger(String name) {}
        try (Store store = Store.inMemory(); ImportWriter writer = store.beginImport("odd")) {
            assertThatThrownBy(() -> writer.add(new Stranger("x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot import a Stranger");
        }
    }

    @Test
    void aLargeImportComesBackLineForLineInSeriesThenDateOrder() {
        List<SalesLine> lines = new ArrayList<>();
        StoreBenchmark.syntheticSales(45_000, LocalDate.parse("2024-11-15"), 200, 5).forEachRemaining(lines::add);
        List<SalesLine> expected = new ArrayList<>(lines);
        expected.sort(java.util.Comparator.comparing((SalesLine l) -> new SeriesKey(l.sku(), l.location(), l.channel()))
                .thenComparing(SalesLine::date));
        try (Store store = Store.inMemory()) {
            ImportOutcome outcome = importAll(store, "big.csv", lines);

            assertThat(outcome.counts(Dataset.SALES).inserted()).isEqualTo(45_000);
            assertThat(StoreContents.of(store).sales()).isEqualTo(expected);
            assertThat(store.summary().firstSalesDate()).isEqualTo("2024-11-15");
        }
    }

    @Test
    void salesLinesAreKeptOneByOneEvenOnTheSameDay() {
        SalesLine first = TestData.sale("2025-02-03", "SKU-1", "STORE-1", "STORE", 1, 10);
        SalesLine second = new SalesLine(LocalDate.parse("2025-02-03"), "SKU-1", "STORE-1", "STORE", SalesKind.SALE, 1, 10, null);
        try (Store store = Store.inMemory()) {
            ImportOutcome outcome = importAll(store, "lines.csv", List.of(first, second));
            assertThat(outcome.counts(Dataset.SALES).inserted()).isEqualTo(2);
            assertThat(store.summary().count(Dataset.SALES)).isEqualTo(2);
            assertThat(store.salesLines(new SeriesKey("SKU-1", "STORE-1", "STORE"), LocalDate.MIN, LocalDate.MAX))
                    .containsExactly(first, second);
        }
    }
}
