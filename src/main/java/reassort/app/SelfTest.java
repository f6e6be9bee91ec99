package reassort.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import reassort.app.imports.ImportSummary;
import reassort.app.plan.PlanSummary;
import reassort.app.sample.SampleSize;
import reassort.domain.CancelledException;
import reassort.domain.ProgressListener;
import reassort.io.FileInspection;
import reassort.io.SpreadsheetImport;
import reassort.io.write.Column;
import reassort.io.write.TableWriter;
import reassort.io.write.XlsxWorkbookWriter;
import reassort.store.ProposalStatus;
import reassort.store.StoredProposal;

/**
 * Checks that an installed Reassort works end to end without a window: a fresh store in a temporary directory,
 * the SMALL sample retailer imported through the planner's import path, a plan (forecast first), the order lines
 * exported to an XLSX workbook, and that workbook read back with the importer's reader. Everything is deleted
 * afterwards; the planner's own store is never opened.
 */
public final class SelfTest {
    static final String ORDERS_SHEET = "Orders";
    static final List<Column> ORDER_COLUMNS = List.of(Column.text("source"), Column.text("source_kind"),
            Column.text("sku"), Column.text("location"), Column.date("order_date"), Column.date("receipt_date"),
            Column.number("quantity", 2), Column.number("unit_cost", 2), Column.number("value", 2),
            Column.text("status"));

    private final Clock clock;

    public SelfTest(Clock clock) {
        this.clock = clock;
    }

    /** What a passed self-test did. */
    public record Report(String workDirectory, long recordsImported, long itemsPlanned, long orderLines,
            long rowsReadBack, long elapsedMillis) {}

    /** A failed step, with the step's name and the reason on one line. */
    public static final class Failure extends RuntimeException {
        private final String step;

        Failure(String step, String reason, Throwable cause) {
            super("Self-test failed at step '" + step + "': " + reason, cause);
            this.step = step;
        }

        public String step() {
            return step;
        }
    }

    /**
     * Runs every step in a temporary directory under {@code parent} (the system's when null).
     *
     * @throws Failure naming the step that failed and why
     */
    public Report run(Path parent, ProgressListener progress) {
        long start = System.nanoTime();
        ScratchDirectory scratch = step("temporary directory", () -> ScratchDirectory.create(parent, "reassort-self-test"));
        try (scratch) {
            Path storeDirectory = scratch.path().resolve("store");
            Workspace workspace = step("open a fresh store", () -> Workspace.open(storeDirectory, clock));
            try (workspace) {
                ImportSummary imported = step("import the sample retailer",
                        () -> workspace.sample().load(SampleSize.SMALL, progress));
                if (imported.recordsWritten() == 0) {
                    throw new Failure("import the sample retailer", "no record was imported", null);
                }
                PlanSummary plan = step("plan", () -> workspace.plans().run(true, progress));
                if (plan.items() == 0) {
                    throw new Failure("plan", "no SKU × location was planned; skipped: " + plan.skipReasons(), null);
                }
                List<StoredProposal> orders = step("read the proposals", () -> workspace.plans().proposals().stream()
                        .filter(p -> p.effectiveQuantity() > 0 && p.status() != ProposalStatus.REJECTED).toList());
                if (orders.isEmpty()) {
                    throw new Failure("read the proposals", "the plan proposed no order line", null);
                }
                Path workbook = scratch.path().resolve("orders.xlsx");
                step("export the orders", () -> export(orders, workbook));
                long rows = step("read the export back", () -> readBack(workbook, orders.size()));
                return new Report(scratch.path().toString(), imported.recordsWritten(), plan.items(), orders.size(),
                        rows, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static Path export(List<StoredProposal> orders, Path target) {
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(target)) {
            TableWriter sheet = xlsx.sheet(ORDERS_SHEET, ORDER_COLUMNS);
            for (StoredProposal p : orders) {
                ProgressListener.checkCancelled();
                sheet.row(p.sourceCode(), p.sourceKind(), p.sku(), p.location(), p.effectiveOrderDate(), p.receiptDate(),
                        p.effectiveQuantity(), p.unitCost(), p.effectiveValue(), p.status().name());
            }
            xlsx.commit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reopens the workbook with the importer's reader: one sheet, our headers, every cell of every row. */
    private static long readBack(Path workbook, int expectedRows) {
        if (!Files.isRegularFile(workbook)) throw new IllegalStateException(workbook + " was not written");
        SpreadsheetImport reader = new SpreadsheetImport(Set.of("STORE"));
        FileInspection inspection = reader.inspect(workbook, 3);
        List<String> headers = ORDER_COLUMNS.stream().map(Column::header).toList();
        if (inspection.sheets().size() != 1 || !inspection.sheets().get(0).sheet().equals(ORDERS_SHEET)
                || !inspection.sheets().get(0).headers().equals(headers)) {
            throw new IllegalStateException(workbook + " reads back as " + inspection.sheets().stream()
                    .map(s -> s.sheet() + " " + s.headers()).toList() + ", expected sheet " + ORDERS_SHEET + " " + headers);
        }
        long cells = reader.bareParse(workbook, ProgressListener.NONE);
        long expectedCells = (long) (expectedRows + 1) * headers.size();
        if (cells != expectedCells) {
            throw new IllegalStateException(workbook + " reads back with " + cells + " cells, expected " + expectedCells
                    + " (" + expectedRows + " order lines and the header row)");
        }
        return expectedRows;
    }

    private static <T> T step(String name, Supplier<T> work) {
        try {
            ProgressListener.checkCancelled();
            return work.get();
        } catch (Failure | CancelledException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new Failure(name, reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        Throwable shown = e;
        while ((shown instanceof UncheckedIOException || shown.getMessage() == null) && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
