package reassort.app;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import reassort.app.imports.ImportSummary;
import reassort.app.plan.PlanSummary;
import reassort.app.sample.SampleSize;
import reassort.domain.CancelledException;
import reassort.domain.ProgressListener;
import reassort.app.export.ExportFormat;
import reassort.app.export.ExportLanguage;
import reassort.app.export.ExportRequest;
import reassort.app.export.ExportResult;
import reassort.io.SheetRows;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;
import reassort.store.StoredProposal;

/**
 * Checks that an installed Reassort works end to end without a window: a fresh store in a temporary directory,
 * the SMALL sample retailer imported through the planner's import path, a plan (forecast first), the order lines
 * approved and exported to the suppliers' XLSX workbooks through the planner's export, and those workbooks read back
 * with the importer's reader. Everything is deleted
 * afterwards; the planner's own store is never opened.
 */
public final class SelfTest {
    /** Columns of the order export ({@code PurchaseOrderLayout}) the read-back checks. */
    private static final int SKU = 1;
    private static final int QUANTITY = 4;
    private static final int DESTINATION = 9;

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
                        .filter(p -> p.effectiveQuantity() > 0 && p.status() != ProposalStatus.REJECTED
                                && "SUPPLIER".equals(p.sourceKind())).toList());
                if (orders.isEmpty()) {
                    throw new Failure("read the proposals", "the plan proposed no order line", null);
                }
                step("approve the orders", () -> workspace.plans().setStatus(orders.stream()
                        .map(p -> new ProposalKey(p.sku(), p.location())).toList(), ProposalStatus.APPROVED, "Self-test"));
                Path folder = scratch.path().resolve("export");
                ExportResult exported = step("export the orders", () -> workspace.exports().export(
                        ExportRequest.approved(ExportFormat.XLSX, ExportLanguage.ENGLISH, folder), progress));
                long rows = step("read the export back", () -> readBack(exported, orders));
                long marked = step("check the exported status", () -> workspace.plans().proposals().stream()
                        .filter(p -> p.status() == ProposalStatus.EXPORTED).count());
                if (marked != orders.size()) {
                    throw new Failure("check the exported status", marked + " proposals marked EXPORTED, expected "
                            + orders.size(), null);
                }
                return new Report(scratch.path().toString(), imported.recordsWritten(), plan.items(), orders.size(),
                        rows, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /**
     * Reopens every exported workbook with the importer's reader and finds each approved order line in it, with its
     * quantity: a line counts once its SKU, destination and quantity are found on a sheet.
     */
    private static long readBack(ExportResult exported, List<StoredProposal> orders) {
        if (exported.lines() != orders.size()) {
            throw new IllegalStateException(exported.lines() + " lines exported, expected " + orders.size());
        }
        Map<String, Double> expected = new HashMap<>();
        for (StoredProposal p : orders) expected.put(p.sku() + " @ " + p.location(), p.effectiveQuantity());
        long found = 0;
        for (Path file : exported.files()) {
            if (!Files.isRegularFile(file)) throw new IllegalStateException(file + " was not written");
            try (SheetRows workbook = SheetRows.open(file)) {
                long[] sheetFound = {0};
                for (int sheet = 0; sheet < workbook.sheetNames().size(); sheet++) {
                    workbook.read(sheet, (row, cells) -> {
                        if (cells.size() > DESTINATION && cells.get(QUANTITY).kind() == SheetRows.Cell.Kind.NUMBER) {
                            Double quantity = expected.remove(cells.get(SKU).text() + " @ "
                                    + cells.get(DESTINATION).text());
                            if (quantity != null && Math.abs(quantity - cells.get(QUANTITY).number()) < 1e-6) {
                                sheetFound[0]++;
                            }
                        }
                        return true;
                    });
                }
                found += sheetFound[0];
            }
        }
        if (found != orders.size()) {
            throw new IllegalStateException("the workbooks read back with " + found + " of the " + orders.size()
                    + " order lines; missing e.g. " + expected.keySet().stream().limit(3).toList());
        }
        return found;
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
