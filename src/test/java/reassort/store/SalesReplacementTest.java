package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static reassort.store.TestData.daily;
import static reassort.store.TestData.importAll;
import static reassort.store.TestData.sale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reassort.domain.Dataset;
import reassort.domain.SalesLine;
import reassort.domain.SalesPeriod;
import reassort.domain.SeriesKey;

class SalesReplacementTest {

    private static List<SalesLine> lines(Store store, String sku, String location, String channel) {
        return store.salesLines(new SeriesKey(sku, location, channel), LocalDate.MIN, LocalDate.MAX);
    }

    private static double units(Store store, String sku, String location, String channel) {
        return lines(store, sku, location, channel).stream().mapToDouble(SalesLine::quantity).sum();
    }

    @Test
    void reimportingTheSamePeriodReplacesItInsteadOfCountingItTwice() {
        List<SalesLine> week = new ArrayList<>(daily("SKU-1", "STORE-1", "STORE", "2025-03-03", "2025-03-09", 2));
        week.addAll(daily("SKU-2", "STORE-1", "STORE", "2025-03-03", "2025-03-09", 5));
        try (Store store = Store.inMemory()) {
            ImportOutcome first = importAll(store, "week 10.csv", week);
            ImportOutcome second = importAll(store, "week 10 again.csv", week);

            assertThat(first.counts(Dataset.SALES)).isEqualTo(new DatasetCounts(14, 0, 0));
            assertThat(second.counts(Dataset.SALES)).isEqualTo(new DatasetCounts(14, 14, 0));
            assertThat(store.summary().count(Dataset.SALES)).isEqualTo(14);
            assertThat(units(store, "SKU-1", "STORE-1", "STORE")).isEqualTo(14);
            assertThat(units(store, "SKU-2", "STORE-1", "STORE")).isEqualTo(35);
        }
    }

    @Test
    void aWeeklyFileDatedMondayReplacesTheWholeWeekOfDailyLines() {
        try (Store store = Store.inMemory()) {
            importAll(store, "ventes.csv", daily("SKU-1", "STORE-1", "STORE", "2025-03-03", "2025-03-16", 1));

            List<Record> weekly = new ArrayList<>();
            weekly.add(sale("2025-03-03", "SKU-1", "STORE-1", "STORE", 9, 0));
            weekly.add(sale("2025-03-10", "SKU-1", "STORE-1", "STORE", 8, 0));
            weekly.add(new SalesPeriod("STORE-1", "STORE", LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-16")));
            ImportOutcome outcome = importAll(store, "ventes-semaines.xlsx", weekly);

            assertThat(outcome.counts(Dataset.SALES)).isEqualTo(new DatasetCounts(2, 14, 0));
            assertThat(units(store, "SKU-1", "STORE-1", "STORE")).isEqualTo(17);
        }
    }

    @Test
    void anOverlappingImportReplacesOnlyItsLocationChannelAndDates() {
        try (Store store = Store.inMemory()) {
            List<SalesLine> january = new ArrayList<>();
            january.addAll(daily("SKU-1", "STORE-1", "STORE", "2025-01-01", "2025-01-31", 1));
            january.addAll(daily("SKU-2", "STORE-1", "STORE", "2025-01-01", "2025-01-31", 1));
            january.addAll(daily("SKU-1", "STORE-1", "WEB", "2025-01-01", "2025-01-31", 1));
            january.addAll(daily("SKU-1", "STORE-2", "STORE", "2025-01-01", "2025-01-31", 1));
            importAll(store, "january.csv", january);

            // The corrected file covers STORE-1 × STORE from the 15th of January to the 15th of February and
            // no longer lists SKU-2 there (it did not sell): SKU-2's lines of those days go as well.
            ImportOutcome outcome = importAll(store, "correction.csv",
                    daily("SKU-1", "STORE-1", "STORE", "2025-01-15", "2025-02-15", 10));

            assertThat(outcome.counts(Dataset.SALES)).isEqualTo(new DatasetCounts(32, 17 + 17, 0));
            assertThat(lines(store, "SKU-1", "STORE-1", "STORE")).extracting(SalesLine::date, SalesLine::quantity)
                    .startsWith(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-01-01"), 1.0))
                    .contains(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-01-14"), 1.0),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-01-15"), 10.0))
                    .endsWith(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-02-15"), 10.0))
                    .hasSize(14 + 32);
            // The count the summary keeps follows: 4 × 31 lines, then 32 in and 17 + 17 out (and the dates).
            assertThat(store.summary().count(Dataset.SALES)).isEqualTo(4 * 31 + 32 - 34);
            assertThat(store.summary().firstSalesDate()).isEqualTo(LocalDate.parse("2025-01-01"));
            assertThat(store.summary().lastSalesDate()).isEqualTo(LocalDate.parse("2025-02-15"));
            assertThat(units(store, "SKU-1", "STORE-1", "STORE")).isEqualTo(14 + 320);
            assertThat(lines(store, "SKU-2", "STORE-1", "STORE")).extracting(SalesLine::date)
                    .containsExactlyElementsOf(daily("SKU-2", "STORE-1", "STORE", "2025-01-01", "2025-01-14", 1)
                            .stream().map(SalesLine::date).toList());
            assertThat(units(store, "SKU-1", "STORE-1", "WEB")).isEqualTo(31);
            assertThat(units(store, "SKU-1", "STORE-2", "STORE")).isEqualTo(31);
        }
    }

    @Test
    void eachLocationAndChannelOfAnImportHasItsOwnRange() {
        try (Store store = Store.inMemory()) {
            List<SalesLine> march = new ArrayList<>();
            march.addAll(daily("SKU-1", "STORE-1", "STORE", "2025-03-01", "2025-03-31", 1));
            march.addAll(daily("SKU-1", "STORE-1", "WEB", "2025-03-01", "2025-03-31", 1));
            importAll(store, march);

            importAll(store, List.of(
                    sale("2025-03-10", "SKU-1", "STORE-1", "STORE", 5, 50),
                    sale("2025-03-20", "SKU-1", "STORE-1", "WEB", 7, 70)));

            // STORE's range is the 10th alone, WEB's the 20th alone.
            assertThat(units(store, "SKU-1", "STORE-1", "STORE")).isEqualTo(30 + 5);
            assertThat(units(store, "SKU-1", "STORE-1", "WEB")).isEqualTo(30 + 7);
        }
    }

    @Test
    void replacementWorksAcrossQuarterBoundaries() {
        try (Store store = Store.inMemory()) {
            importAll(store, daily("SKU-1", "STORE-1", "STORE", "2024-12-01", "2025-04-30", 1));
            ImportOutcome outcome = importAll(store, "fix.csv", daily("SKU-1", "STORE-1", "STORE", "2024-12-25", "2025-04-05", 3));

            assertThat(outcome.counts(Dataset.SALES).replaced()).isEqualTo(102);
            List<SalesLine> stored = lines(store, "SKU-1", "STORE-1", "STORE");
            assertThat(stored).hasSize(151);
            assertThat(stored).extracting(SalesLine::date).isSorted().doesNotHaveDuplicates();
            assertThat(stored).filteredOn(l -> l.quantity() == 3).extracting(SalesLine::date)
                    .containsExactlyElementsOf(daily("X", "Y", "Z", "2024-12-25", "2025-04-05", 3).stream()
                            .map(SalesLine::date).toList());
            assertThat(units(store, "SKU-1", "STORE-1", "STORE")).isEqualTo(49 + 102 * 3);
        }
    }

    @Test
    void returnsArePartOfTheReplacedPeriodToo() {
        try (Store store = Store.inMemory()) {
            importAll(store, List.of(sale("2025-05-05", "SKU-1", "STORE-1", "WEB", 2, 20),
                    TestData.returned("2025-05-06", "SKU-1", "STORE-1", "WEB", 1, 10)));
            importAll(store, List.of(sale("2025-05-05", "SKU-1", "STORE-1", "WEB", 2, 20),
                    TestData.returned("2025-05-06", "SKU-1", "STORE-1", "WEB", 1, 10)));

            assertThat(lines(store, "SKU-1", "STORE-1", "WEB")).hasSize(2);
        }
    }

    @Test
    void linesOfTheSameImportNeverReplaceEachOther() {
        List<SalesLine> unsorted = List.of(
                sale("2025-06-30", "SKU-1", "STORE-1", "STORE", 1, 10),
                sale("2025-06-01", "SKU-1", "STORE-1", "STORE", 2, 20),
                sale("2025-06-15", "SKU-1", "STORE-1", "STORE", 3, 30),
                sale("2025-06-01", "SKU-1", "STORE-1", "STORE", 4, 40));
        try (Store store = Store.inMemory()) {
            importAll(store, unsorted);
            assertThat(lines(store, "SKU-1", "STORE-1", "STORE")).containsExactly(
                    unsorted.get(1), unsorted.get(3), unsorted.get(2), unsorted.get(0));
        }
    }
}
