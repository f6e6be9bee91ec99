package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static reassort.store.TestData.daily;
import static reassort.store.TestData.product;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SalesPeriod;
import reassort.domain.WeeklySeries;

/** An import too large for its memory budget spills its sales lines to staging; the store must not tell. */
class SalesSpillTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T08:00:00Z"), ZoneOffset.UTC);
    private static final String[] SKUS = {"SKU-1", "SKU-2", "SKU-3", "SKU-10", "A-9"};
    private static final String[] LOCATIONS = {"STORE-1", "STORE-2", "WH-PARIS"};
    private static final String[] CHANNELS = {"STORE", "WEB"};

    @TempDir
    Path temp;

    /** Lines of random series and days in [first, last], shuffled so that every series is spread over the file. */
    private static List<Record> randomLines(Random random, int count, String first, String last, String... locations) {
        LocalDate from = LocalDate.parse(first);
        int days = (int) (LocalDate.parse(last).toEpochDay() - from.toEpochDay()) + 1;
        List<Record> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = from.plusDays(random.nextInt(days));
            String sku = SKUS[random.nextInt(SKUS.length)];
            String location = locations[random.nextInt(locations.length)];
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            SalesKind kind = random.nextInt(10) == 0 ? SalesKind.RETURN : SalesKind.SALE;
            double quantity = random.nextBoolean() ? 1 + random.nextInt(20) : random.nextDouble() * 7; // whole or not
            double amount = random.nextBoolean() ? quantity * 9.99 : Math.round(quantity * 1250) / 100.0;
            String promo = random.nextInt(6) == 0 ? "PR-" + random.nextInt(3) : null;
            lines.add(new SalesLine(date, sku, location, channel, kind, quantity, amount, promo));
        }
        return lines;
    }

    /** Imports that replace, overlap, widen by a sales period, and come in any order. */
    private static List<List<Record>> imports() {
        Random random = new Random(20250630);
        List<List<Record>> imports = new ArrayList<>();
        imports.add(randomLines(random, 3000, "2024-11-15", "2025-05-20", LOCATIONS));
        List<Record> overlapping = randomLines(random, 800, "2025-02-10", "2025-04-05", "STORE-1", "STORE-2");
        overlapping.add(new SalesPeriod("STORE-1", "STORE", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-06-30")));
        overlapping.add(new SalesPeriod("WH-PARIS", "WEB", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-06-30"))); // no line there: replaces nothing
        Collections.shuffle(overlapping, random);
        imports.add(overlapping);
        List<Record> again = new ArrayList<>(imports.get(0).subList(0, 1200));
        again.add(product("SKU-1"));
        imports.add(again);
        List<Record> sameDay = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sameDay.add(new SalesLine(LocalDate.parse("2025-03-31"), "SKU-1", "STORE-2", "WEB", SalesKind.SALE, i,
                    i * 2.5, null));
            sameDay.add(new SalesLine(LocalDate.parse("2025-04-01"), "SKU-1", "STORE-2", "WEB",
                    i % 2 == 0 ? SalesKind.SALE : SalesKind.RETURN, 40 - i, i, i % 3 == 0 ? "PR-9" : null));
        }
        imports.add(sameDay);
        imports.add(daily("SKU-2", "WH-PARIS", "STORE", "2024-12-20", "2025-08-10", 3).stream()
                .map(Record.class::cast).toList());
        return imports;
    }

    /** What an import run leaves: the store as its API reads it, and its raw sales blocks. */
    private record Result(StoreContents contents, StoreSummary summary, List<WeeklySeries> weekly,
            List<ImportOutcome> outcomes, List<String> blocks, long stagedRows) {}

    private Result importEverything(Path directory, int spillThreshold) throws SQLException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        try (Store store = Store.open(directory, CLOCK)) {
            for (List<Record> records : imports()) {
                try (ImportWriter writer = store.beginImport("sales.csv", spillThreshold)) {
                    records.forEach(writer::add);
                    outcomes.add(writer.commit(List.of()));
                }
            }
            List<WeeklySeries> weekly = new ArrayList<>();
            store.forEachWeeklySeries(LocalDate.parse("2024-11-11"), LocalDate.parse("2025-08-17"), weekly::add);
            Result partial = new Result(StoreContents.of(store), store.summary(), weekly, outcomes, null, 0);
            store.close();
            try (Connection c = DriverManager.getConnection(
                    "jdbc:h2:" + directory.toAbsolutePath().resolve("reassort"), "sa", "");
                    Statement statement = c.createStatement()) {
                List<String> blocks = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT sku, location, channel, period_start, "
                        + "first_date, last_date, line_count, payload FROM sales_block "
                        + "ORDER BY sku, location, channel, period_start")) {
                    while (rows.next()) {
                        blocks.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                                + rows.getString(4) + " " + rows.getString(5) + " " + rows.getString(6) + " "
                                + rows.getInt(7) + " " + HexFormat.of().formatHex(rows.getBytes(8)));
                    }
                }
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM sales_staging")) {
                    count.next();
                    return new Result(partial.contents(), partial.summary(), weekly, outcomes, blocks,
                            count.getLong(1));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 250, 1000})
    void spilledImportsLeaveExactlyWhatInMemoryImportsLeave(int spillThreshold) throws SQLException {
        Result inMemory = importEverything(temp.resolve("memory"), Integer.MAX_VALUE);
        Result spilled = importEverything(temp.resolve("spilled"), spillThreshold);

        assertThat(inMemory.contents().sales()).hasSizeGreaterThan(1000);
        assertThat(inMemory.outcomes().get(2).counts(reassort.domain.Dataset.SALES).replaced()).isPositive();
        assertThat(spilled.contents()).isEqualTo(inMemory.contents());
        assertThat(spilled.summary()).isEqualTo(inMemory.summary());
        assertThat(spilled.weekly()).isEqualTo(inMemory.weekly());
        assertThat(spilled.outcomes()).isEqualTo(inMemory.outcomes());
        assertThat(spilled.blocks()).isEqualTo(inMemory.blocks());
        assertThat(spilled.stagedRows()).isZero();
    }

    @Test
    void anImportCountsItsSpilledLinesAsAdded() {
        try (Store store = Store.inMemory(CLOCK); ImportWriter writer = store.beginImport("big.csv", 10)) {
            daily("SKU-1", "STORE-1", "STORE", "2025-01-01", "2025-01-25", 1).forEach(writer::add);
            assertThat(writer.salesLinesAdded()).isEqualTo(25);
        }
    }

    private Store populated(Path directory) {
        Store store = Store.open(directory, CLOCK);
        TestData.importAll(store, "sales.csv", daily("SKU-1", "STORE-1", "STORE", "2025-01-01", "2025-03-31", 2));
        return store;
    }

    /** A file that replaces the populated store's lines, in more lines than the threshold of 10. */
    private static List<SalesLine> replacement() {
        return daily("SKU-1", "STORE-1", "STORE", "2025-02-01", "2025-04-30", 7);
    }

    @Test
    void anExceptionAfterASpillLeavesTheStoreUnchanged() {
        try (Store store = populated(temp.resolve("s"))) {
            StoreContents before = StoreContents.of(store);
            assertThatThrownBy(() -> {
                try (ImportWriter writer = store.beginImport("broken.csv", 10)) {
                    replacement().forEach(writer::add);
                    throw new IllegalStateException("parser failed on row 91");
                }
            }).hasMessage("parser failed on row 91");
            assertThat(StoreContents.of(store)).isEqualTo(before);
            TestData.importAll(store, "next.csv", daily("SKU-2", "STORE-2", "STORE", "2025-01-01", "2025-01-05", 1));
            assertThat(store.summary().count(reassort.domain.Dataset.SALES)).isEqualTo(90 + 5);
        }
    }

    @Test
    void aRollbackOrACloseAfterASpillLeavesTheStoreUnchanged() {
        try (Store store = populated(temp.resolve("s"))) {
            StoreContents before = StoreContents.of(store);
            try (ImportWriter writer = store.beginImport("rolled back.csv", 10)) {
                replacement().forEach(writer::add);
                writer.rollback();
            }
            assertThat(StoreContents.of(store)).isEqualTo(before);
            try (ImportWriter writer = store.beginImport("abandoned.csv", 10)) {
                replacement().forEach(writer::add);
            }
            assertThat(StoreContents.of(store)).isEqualTo(before);

            try (ImportWriter writer = store.beginImport("kept.csv", 10)) {
                replacement().forEach(writer::add);
                writer.commit(List.of());
            }
            assertThat(store.salesLines(new reassort.domain.SeriesKey("SKU-1", "STORE-1", "STORE"),
                    LocalDate.MIN, LocalDate.MAX)).hasSize(31 + 89).filteredOn(l -> l.quantity() == 7).hasSize(89);
        }
    }

    @Test
    void nothingSpilledIsVisibleBeforeTheCommit() {
        try (Store store = populated(temp.resolve("s"))) {
            StoreContents before = StoreContents.of(store);
            try (ImportWriter writer = store.beginImport("week.csv", 10)) {
                replacement().forEach(writer::add);
                assertThat(StoreContents.of(store)).isEqualTo(before);
                writer.commit(List.of());
            }
            assertThat(StoreContents.of(store)).isNotEqualTo(before);
        }
    }

    @Test
    void aDatabaseShutDownAfterASpillLeavesTheStoreAsItWasWhenReopened() throws Exception {
        Path directory = temp.resolve("s");
        Store store = populated(directory);
        StoreContents before = StoreContents.of(store);
        ImportWriter writer = store.beginImport("crashed.csv", 10);
        replacement().forEach(writer::add);
        store.checkpoint();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:async:" + directory.toAbsolutePath().resolve("reassort"), "sa", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM sales_staging")) {
                count.next();
                assertThat(count.getLong(1)).as("staged rows seen from another session").isZero();
            }
            statement.execute("SHUTDOWN IMMEDIATELY");
        }
        try (Store reopened = Store.open(directory, CLOCK)) {
            assertThat(StoreContents.of(reopened)).isEqualTo(before);
        }
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:" + directory.toAbsolutePath().resolve("reassort"), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM sales_staging")) {
            count.next();
            assertThat(count.getLong(1)).isZero();
        }
    }

    @Test
    void aJvmKilledWhileCommittingASpilledImportLeavesTheStoreAsItWas() throws Exception {
        Path directory = temp.resolve("s");
        StoreContents before;
        try (Store store = populated(directory)) {
            before = StoreContents.of(store);
        }

        Process child = ChildStoreProcess.start("crash-spilled", directory.toString());
        assertThat(child.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue())
                .as("the child halted inside the commit; its output: %s",
                        new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ChildStoreProcess.HALTED);

        try (Store store = Store.open(directory, CLOCK)) {
            assertThat(StoreContents.of(store)).isEqualTo(before);
        }
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:" + directory.toAbsolutePath().resolve("reassort"), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM sales_staging")) {
            count.next();
            assertThat(count.getLong(1)).isZero();
        }
    }
}
