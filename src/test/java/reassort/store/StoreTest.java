package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static reassort.store.TestData.daily;
import static reassort.store.TestData.importAll;
import static reassort.store.TestData.product;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reassort.domain.Channel;
import reassort.domain.ChannelKind;
import reassort.domain.Dataset;
import reassort.domain.SalesLine;
import reassort.domain.SeriesKey;

class StoreTest {
    @TempDir
    Path temp;

    @Test
    void aNewStoreHasEveryTableAndTheDefaultChannels() {
        try (Store store = Store.inMemory()) {
            assertThat(store.tableNames()).contains("CHANNEL", "PRODUCT", "LOCATION", "SUPPLIER", "STOCK_POSITION",
                    "PURCHASE_ORDER_LINE", "PROMOTION", "PROMOTION_CHANNEL", "SALES_BLOCK", "COLUMN_MAPPING",
                    "IMPORT_RUN", "IMPORT_RUN_COUNT", "IMPORT_ISSUE", "flyway_schema_history");
            assertThat(store.channels()).isEqualTo(Channel.defaults());
            assertThat(store.summary().isEmpty()).isTrue();
            assertThat(store.directory()).isNull();
        }
    }

    @Test
    void inMemoryStoresAreSeparate() {
        try (Store first = Store.inMemory(); Store second = Store.inMemory()) {
            importAll(first, List.of(product("SKU-1")));
            assertThat(second.products()).isEmpty();
        }
    }

    @Test
    void aFileStoreKeepsItsDataWhenReopened() {
        Path directory = temp.resolve("planner store");
        List<SalesLine> lines = daily("SKU-1", "STORE-1", "STORE", "2025-01-01", "2025-01-10", 3);
        try (Store store = Store.open(directory)) {
            assertThat(store.directory()).isEqualTo(directory.toAbsolutePath());
            importAll(store, List.of(product("SKU-1")));
            importAll(store, lines);
            store.rememberMapping("date|sku|qty", "{\"date\":0}");
        }
        assertThat(directory.resolve("reassort.mv.db")).exists();
        try (Store store = Store.open(directory)) {
            assertThat(store.products()).containsExactly(product("SKU-1"));
            assertThat(store.salesLines(new SeriesKey("SKU-1", "STORE-1", "STORE"), LocalDate.MIN, LocalDate.MAX))
                    .isEqualTo(lines);
            assertThat(store.rememberedMapping("date|sku|qty")).contains("{\"date\":0}");
            assertThat(store.importRuns()).hasSize(2);
        }
    }

    @Test
    void openingAStoreOfAnOlderSchemaMigratesItAndKeepsItsData() throws Exception {
        Path directory = temp.resolve("old");
        Files.createDirectories(directory);
        String url = "jdbc:h2:async:" + directory.resolve("reassort");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO product VALUES ('OLD-1', 'Kept', 'Shoes', 1, 2, NULL, '', 1, 0)");
            assertThat(Jdbc.count(connection, "SELECT COUNT(*) FROM channel")).isZero();
        }

        try (Store store = Store.open(directory)) {
            assertThat(store.channels()).isEqualTo(Channel.defaults());
            assertThat(store.products()).extracting(p -> p.sku() + " " + p.label()).containsExactly("OLD-1 Kept");
        }
    }

    @Test
    void aMigrationHalfAppliedByAKilledProcessIsCompletedOnTheNextOpen() throws Exception {
        Path directory = temp.resolve("half");
        Files.createDirectories(directory);
        String url = "jdbc:h2:async:" + directory.resolve("reassort");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            // What H2 keeps when killed after V1's DDL (committed statement by statement) but before its history row.
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '1'");
            statement.execute("DROP TABLE import_issue");
        }

        try (Store store = Store.open(directory)) {
            assertThat(store.tableNames()).contains("IMPORT_ISSUE", "SALES_BLOCK");
            assertThat(store.channels()).isEqualTo(Channel.defaults());
        }
    }

    @Test
    void aStoreWrittenByANewerVersionIsRefused() throws Exception {
        Path directory = temp.resolve("newer");
        Store.open(directory).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:async:" + directory.resolve("reassort"), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        assertThatThrownBy(() -> Store.open(directory))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("written by a newer Reassort (schema version 99)")
                .hasMessageContaining(directory.toAbsolutePath().toString());
    }

    @Test
    void aSecondProcessCannotOpenAStoreInUseAndIsToldWhy() throws Exception {
        Path directory = temp.resolve("shared");
        Path ready = temp.resolve("ready");
        Process holder = ChildStoreProcess.start("hold", directory.toString(), ready.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ready) && holder.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(ready).as("the other process opened the store; its output: %s",
                    holder.isAlive() ? "" : new String(holder.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .exists();

            assertThatThrownBy(() -> Store.open(directory))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessage("The store " + directory.toAbsolutePath() + " is open in another Reassort window. "
                            + "Close it, or pass --store to use another store.");
        } finally {
            holder.destroyForcibly().waitFor();
        }
        try (Store store = Store.open(directory)) {
            assertThat(store.channels()).isNotEmpty();
        }
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsExplained() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a store");
        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toAbsolutePath() + " is a file, not a directory");
    }

    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Linux        |                                          | /home/ann | /home/ann/.local/share/reassort
            Linux        | XDG_DATA_HOME=/data/ann                  | /home/ann | /data/ann/reassort
            Linux        | XDG_DATA_HOME=relative/ignored           | /home/ann | /home/ann/.local/share/reassort
            FreeBSD      |                                          | /home/ann | /home/ann/.local/share/reassort
            Mac OS X     |                                          | /Users/ann | /Users/ann/Library/Application Support/Reassort
            """)
    void theDefaultDirectoryFollowsTheConventionOfEachSystem(String os, String variable, String home, String expected) {
        Map<String, String> environment = variable == null ? Map.of() : Map.of(variable.split("=")[0], variable.split("=")[1]);
        assertThat(Store.defaultDirectory(os, environment, home)).isEqualTo(Path.of(expected));
    }

    @Test
    void onWindowsTheDefaultDirectoryIsUnderLocalAppData() {
        Path localAppData = temp.resolve("Local").toAbsolutePath();
        assertThat(Store.defaultDirectory("Windows 11", Map.of("LOCALAPPDATA", localAppData.toString()), "/ignored"))
                .isEqualTo(localAppData.resolve("Reassort"));
        assertThat(Store.defaultDirectory("Windows 11", Map.of(), temp.toString()))
                .isEqualTo(temp.resolve("AppData").resolve("Local").resolve("Reassort"));
    }

    @Test
    void theDefaultDirectoryOfThisMachineIsAnAbsolutePath() {
        assertThat(Store.defaultDirectory()).isAbsolute();
    }

    @Test
    void channelsCanBeAddedRenamedAndRemoved() {
        try (Store store = Store.inMemory()) {
            store.saveChannel(new Channel("drive", "Drive", ChannelKind.CLICK_AND_COLLECT));
            store.saveChannel(new Channel("WEB", "Online shop", ChannelKind.WEB));
            assertThat(store.removeChannel("b2b")).isTrue();
            assertThat(store.removeChannel("NONE")).isFalse();

            assertThat(store.channels()).extracting(Channel::code, Channel::label).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("STORE", "Store"),
                    org.assertj.core.groups.Tuple.tuple("WEB", "Online shop"),
                    org.assertj.core.groups.Tuple.tuple("MKP", "Marketplace"),
                    org.assertj.core.groups.Tuple.tuple("CC", "Click & collect"),
                    org.assertj.core.groups.Tuple.tuple("SFS", "Ship from store"),
                    org.assertj.core.groups.Tuple.tuple("DRIVE", "Drive"));
            assertThat(store.knownChannels()).containsExactlyInAnyOrder("STORE", "WEB", "MKP", "CC", "SFS", "DRIVE");
        }
    }

    @Test
    void aColumnMappingIsRememberedPerFileShapeAndReplacedWhenConfirmedAgain() {
        try (Store store = Store.inMemory()) {
            assertThat(store.rememberedMapping("date|article|magasin")).isEmpty();
            store.rememberMapping("date|article|magasin", "first");
            store.rememberMapping("date|sku|store", "other shape");
            store.rememberMapping("date|article|magasin", "second");

            assertThat(store.rememberedMapping("date|article|magasin")).contains("second");
            assertThat(store.rememberedMapping("date|sku|store")).contains("other shape");
        }
    }

    @Test
    void theSummaryCountsEachDatasetAndKnowsTheSalesRangeAndTheLastImport() {
        Clock clock = Clock.fixed(Instant.parse("2025-04-07T08:30:00Z"), ZoneOffset.UTC);
        try (Store store = Store.inMemory(clock)) {
            importAll(store, List.of(product("SKU-1"), product("SKU-2"), TestData.store("STORE-1"),
                    TestData.supplier("SUP-1"), TestData.stock("SKU-1", "STORE-1", "2025-04-01", 4),
                    TestData.order("PO-1", "SKU-1", "STORE-1", 12),
                    TestData.promotion("PR-1", java.util.Set.of("WEB"))));
            List<SalesLine> lines = new ArrayList<>(daily("SKU-1", "STORE-1", "STORE", "2025-01-06", "2025-01-12", 1));
            lines.add(TestData.returned("2025-02-03", "SKU-2", "STORE-1", "WEB", 1, 10));
            ImportOutcome last = importAll(store, "sales week 2.csv", lines);

            StoreSummary summary = store.summary();
            assertThat(summary.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(Dataset.SALES, 8L,
                    Dataset.PRODUCTS, 2L, Dataset.LOCATIONS, 1L, Dataset.SUPPLIERS, 1L, Dataset.STOCK, 1L,
                    Dataset.PURCHASE_ORDERS, 1L, Dataset.PROMOTIONS, 1L));
            assertThat(summary.firstSalesDate()).isEqualTo("2025-01-06");
            assertThat(summary.lastSalesDate()).isEqualTo("2025-02-03");
            assertThat(summary.lastImport()).isEqualTo(last.run());
            assertThat(summary.lastImport().sourceName()).isEqualTo("sales week 2.csv");
            assertThat(summary.lastImport().startedAt()).isEqualTo(Instant.parse("2025-04-07T08:30:00Z"));
        }
    }

    @Test
    void theKnownCodesComeFromTheMasterData() {
        try (Store store = Store.inMemory()) {
            importAll(store, List.of(product("SKU-1"), product("SKU-2"), TestData.store("STORE-1"),
                    TestData.warehouse("WH-PARIS"), TestData.supplier("SUP-1")));
            assertThat(store.knownSkus()).containsExactlyInAnyOrder("SKU-1", "SKU-2");
            assertThat(store.knownLocations()).containsExactlyInAnyOrder("STORE-1", "WH-PARIS");
            assertThat(store.knownSuppliers()).containsExactly("SUP-1");
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        Store store = Store.inMemory();
        store.close();
        store.close();
        assertThatThrownBy(store::products).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
