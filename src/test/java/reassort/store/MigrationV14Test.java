package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.Dataset;

class MigrationV14Test {
    @Test
    void aStoreOfSchema12KeepsItsExplanationTextsAndItsSalesDates(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:" + dir.resolve(Database.FILE_NAME);
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "sa", "").locations("classpath:db/migration")
                .target("12").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO plan_run (id, created_at, forecast_run_id, as_of, item_count, order_lines, "
                    + "elapsed_millis) VALUES (1, TIMESTAMP WITH TIME ZONE '2026-11-16 08:00:00+00', 1, DATE '2026-11-16', 1, 1, 5)");
            s.execute("INSERT INTO proposal (sku, location, plan_run_id, source_kind, source_code, classification, "
                    + "service_target, policy, method, forecast_over_interval, safety_stock, on_hand, in_transit, on_order, "
                    + "reserved, backorders, raw_need, quantity, unit_cost, order_date, receipt_date, flags, status) VALUES "
                    + "('A', 'S1', 1, 'SUPPLIER', 'SUP', 'AX', '98 %', 'PERIODIC_REVIEW', 'NORMAL', 40, 12, 10, 0, 0, 0, 0,"
                    + " 42, 42, 3, DATE '2026-11-16', DATE '2026-11-23', '', 'PROPOSED')");
            s.execute("INSERT INTO proposal_explanation (sku, location, explanation) VALUES ('A', 'S1', 'old text')");
            s.execute("INSERT INTO sales_block (sku, location, channel, period_start, first_date, last_date, line_count, "
                    + "payload) VALUES ('A', 'S1', 'STORE', DATE '2026-01-01', DATE '2026-01-05', DATE '2026-03-30', 12, X'00'),"
                    + " ('A', 'S1', 'STORE', DATE '2026-04-01', DATE '2026-04-02', DATE '2026-06-28', 13, X'00')");
            s.execute("SHUTDOWN");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.proposalExplanation("A", "S1")).contains(new StoredExplanation("old text", null));
            StoreSummary summary = store.summary();
            assertThat(summary.firstSalesDate()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(summary.lastSalesDate()).isEqualTo(LocalDate.of(2026, 6, 28));
            assertThat(summary.count(Dataset.SALES)).isEqualTo(25);
        }
    }

    @Test
    void anEmptyStoreHasNoSalesDates() {
        try (Store store = Store.inMemory()) {
            assertThat(store.summary().firstSalesDate()).isNull();
            assertThat(store.summary().lastSalesDate()).isNull();
            assertThat(store.summary().count(Dataset.SALES)).isZero();
        }
    }
}
