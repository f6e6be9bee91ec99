package reassort.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.io.SheetRows;
import reassort.io.SheetRows.Cell;
import reassort.io.SpreadsheetRefusedException;
import reassort.io.write.Column;
import reassort.io.write.HeaderField;
import reassort.io.write.SheetOptions;
import reassort.io.write.SheetWriter;
import reassort.io.write.XlsxWorkbookWriter;
import reassort.store.PlanRun;
import reassort.store.ProposalEdit;
import reassort.store.ProposalKey;
import reassort.store.Store;
import reassort.store.StoredProposal;

/**
 * The offline review round trip: the full proposal grid written as a protected XLSX (only order quantity, order
 * date and reason unlocked; a hidden key and version stamp per row), then the planner's edited copy read back,
 * validated and compared with the store ({@link ReviewDiff}), and the accepted changes applied as edits audited
 * under {@value #AUDIT_ACTION}.
 */
public final class ReviewFiles {
    public static final String AUDIT_ACTION = "REIMPORT";
    static final String KEY_HEADER = "reassort:key";
    static final String VERSION_HEADER = "reassort:version";
    static final int SKU = 0;
    static final int LOCATION = 2;
    static final int ORDER_QUANTITY = 6;
    static final int ORDER_DATE = 7;
    static final int REASON = 8;
    static final int KEY = 15;
    static final int VERSION = 16;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final List<DateTimeFormatter> DATE_TEXTS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    private final Store store;
    private final Clock clock;

    public ReviewFiles(Store store, Clock clock) {
        if (store == null) throw new IllegalArgumentException("Store is missing.");
        if (clock == null) throw new IllegalArgumentException("Clock is missing.");
        this.store = store;
        this.clock = clock;
    }

    static List<Column> columns(ExportLanguage l) {
        return List.of(
                Column.text(l.pick("Article", "SKU")),
                Column.text(l.pick("Libellé", "Label")),
                Column.text(l.pick("Site", "Location")),
                Column.text(l.pick("Source", "Source")),
                Column.text(l.pick("Statut", "Status")),
                Column.number(l.pick("Quantité calculée", "Computed quantity"), 0),
                Column.number(l.pick("Quantité à commander", "Order quantity"), 0),
                Column.date(l.pick("Date de commande", "Order date")),
                Column.text(l.pick("Motif", "Reason")),
                Column.date(l.pick("Livraison prévue", "Due date")),
                Column.number(l.pick("Prix unitaire", "Unit cost"), 2),
                Column.number(l.pick("Montant", "Value"), 2),
                Column.number(l.pick("Stock de sécurité", "Safety stock"), 1),
                Column.number(l.pick("Position de stock", "Inventory position"), 1),
                Column.text(l.pick("Alertes", "Flags")),
                Column.text(KEY_HEADER),
                Column.text(VERSION_HEADER));
    }

    /** Writes every current proposal to {@code target} for review; returns how many rows were written. */
    public long writeReview(Path target, ExportLanguage language, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        PlanRun run = store.latestPlanRun().orElseThrow(() -> new IllegalArgumentException(
                "The store has no plan yet, so there is nothing to review. Maybe run `reassort plan` first."));
        Map<String, String> labels = new HashMap<>();
        for (Product p : store.products()) labels.put(p.sku(), p.label());
        List<Column> columns = columns(language);
        List<HeaderField> block = List.of(
                new HeaderField(language.pick("Calcul n°", "Plan run"), run.id()),
                new HeaderField(language.pick("Exporté le", "Exported on"), LocalDate.now(clock)),
                new HeaderField(language.pick("À modifier", "Edit"), language.pick(
                        "Quantité à commander, Date de commande, Motif (obligatoire pour un changement)",
                        "Order quantity, Order date, Reason (needed for a change)")));
        SheetOptions options = new SheetOptions(block, Set.of(KEY, VERSION), Set.of(ORDER_QUANTITY, ORDER_DATE, REASON),
                true);
        Object[] cells = new Object[columns.size()];
        long[] rows = {0};
        try (XlsxWorkbookWriter xlsx = XlsxWorkbookWriter.create(target, language.excelDateFormat())) {
            SheetWriter sheet = xlsx.sheet(language.pick("Propositions", "Proposals"), columns, options);
            store.forEachProposal(p -> {
                cells[SKU] = p.sku();
                cells[1] = labels.getOrDefault(p.sku(), "");
                cells[LOCATION] = p.location();
                cells[3] = p.sourceCode();
                cells[4] = p.status().name();
                cells[5] = p.quantity();
                cells[ORDER_QUANTITY] = p.effectiveQuantity();
                cells[ORDER_DATE] = p.effectiveOrderDate();
                cells[REASON] = p.editReason();
                cells[9] = p.receiptDate().plusDays(java.time.temporal.ChronoUnit.DAYS.between(p.orderDate(),
                        p.effectiveOrderDate()));
                cells[10] = p.unitCost();
                cells[11] = p.effectiveValue();
                cells[12] = p.safetyStock();
                cells[13] = p.inventoryPosition();
                cells[14] = String.join("; ", p.flags());
                cells[KEY] = key(p.sku(), p.location());
                cells[VERSION] = VersionStamp.of(p).text();
                try {
                    sheet.row(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++rows[0] % GroupedExport.PROGRESS_LINES == 0) {
                    listener.progress(rows[0], -1, "Writing proposal " + rows[0]);
                }
            });
            ProgressListener.checkCancelled();
            xlsx.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("Could not write the review file " + target + ": " + e.getMessage()
                    + ". Maybe the file is open in a spreadsheet, or choose another place.",
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        return rows[0];
    }

    /** The hidden key of a row: the SKU's length, a colon, the SKU and the location (no separator to escape). */
    static String key(String sku, String location) {
        return sku.length() + ":" + sku + location;
    }

    static ProposalKey parseKey(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) throw new IllegalArgumentException("not a Reassort key");
        int length = Integer.parseInt(text.substring(0, colon));
        String rest = text.substring(colon + 1);
        if (length <= 0 || length >= rest.length()) throw new IllegalArgumentException("not a Reassort key");
        return new ProposalKey(rest.substring(0, length), rest.substring(length));
    }

    /**
     * Reads an edited review file and compares it with the store. Never changes the store.
     *
     * @throws SpreadsheetRefusedException when the file cannot be read or is not a Reassort review file
     */
    public ReviewDiff read(Path file, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Map<ProposalKey, StoredProposal> current = new HashMap<>();
        store.forEachProposal(p -> current.put(new ProposalKey(p.sku(), p.location()), trimmed(p)));
        try (SheetRows rows = SheetRows.open(file)) {
            for (int s = 0; s < rows.sheetNames().size(); s++) {
                String sheet = rows.sheetNames().get(s);
                Reader reader = new Reader(fileName, sheet, current, listener);
                rows.read(s, reader::row);
                if (reader.headers != null) return reader.diff(file);
            }
        }
        throw new SpreadsheetRefusedException(file, "is not a Reassort review file: no sheet has the hidden column "
                + KEY_HEADER + ". Maybe export a review file first (File → Export review file, or "
                + "`reassort export-review`), edit that one and import it.");
    }

    /** The explanation text is not needed to compare; dropping it keeps a large plan small in memory. */
    private static StoredProposal trimmed(StoredProposal p) {
        return new StoredProposal(p.planRunId(), p.sku(), p.location(), p.sourceKind(), p.sourceCode(),
                p.classification(), p.serviceTarget(), p.policy(), p.method(), p.forecastOverInterval(), p.safetyStock(),
                p.reorderPoint(), p.orderUpTo(), p.onHand(), p.inTransit(), p.onOrder(), p.reserved(), p.backorders(),
                p.rawNeed(), p.quantity(), p.unitCost(), p.orderDate(), p.receiptDate(), List.of(), "", p.status(),
                p.editedQuantity(), p.editedOrderDate(), p.editReason(), p.editedAt());
    }

    /**
     * Applies the accepted changes of a diff as planners' edits, all or nothing, audited as {@value #AUDIT_ACTION}.
     *
     * @throws IllegalArgumentException when the diff has errors
     * @throws IllegalStateException when an accepted proposal changed in the store after the file was read
     * @return how many proposals were changed
     */
    public int apply(ReviewDiff diff, Predicate<ReviewChange> accepted) {
        if (diff.hasErrors()) {
            throw new IllegalArgumentException(diff.issues().size() + " cell(s) of " + diff.file().getFileName()
                    + " cannot be taken, e.g. " + diff.issues().get(0).describe() + " Fix them and import the file again.");
        }
        List<ProposalEdit> edits = new ArrayList<>();
        for (ReviewChange change : diff.changes()) {
            if (!accepted.test(change)) continue;
            StoredProposal now = store.proposal(change.key().sku(), change.key().location()).orElseThrow(() ->
                    new IllegalStateException("The proposal of " + change.key() + " is no longer in the store. "
                            + "Maybe import the file again."));
            if (!VersionStamp.of(now).text().equals(change.currentStamp())) {
                throw new IllegalStateException("The proposal of " + change.key() + " changed after "
                        + diff.file().getFileName() + " was read. Maybe import the file again to see the new differences.");
            }
            boolean onlyReason = !change.quantityChanged() && !change.dateChanged();
            edits.add(new ProposalEdit(change.key(), change.quantityChanged() || onlyReason ? change.newQuantity() : Double.NaN,
                    change.dateChanged() ? change.newDate() : null, change.newReason()));
        }
        return store.editProposals(edits, AUDIT_ACTION);
    }

    /** Reads one sheet: finds the header row by the hidden key column, then compares every data row. */
    private final class Reader {
        private final String file;
        private final String sheet;
        private final Map<ProposalKey, StoredProposal> current;
        private final ProgressListener progress;
        private final List<ReviewChange> changes = new ArrayList<>();
        private final List<ReviewIssue> issues = new ArrayList<>();
        private final Set<ProposalKey> seen = new HashSet<>();
        private Map<Integer, String> headers;
        private final int[] index = new int[VERSION + 1];
        private long rows;
        private long unchanged;
        private long planRunId = -1;

        Reader(String file, String sheet, Map<ProposalKey, StoredProposal> current, ProgressListener progress) {
            this.file = file;
            this.sheet = sheet;
            this.current = current;
            this.progress = progress;
        }

        boolean row(long rowNumber, List<Cell> cells) {
            if (headers == null) {
                findHeaders(cells);
                return true;
            }
            if (++rows % GroupedExport.PROGRESS_LINES == 0) {
                ProgressListener.checkCancelled();
                progress.progress(rows, -1, "Reading row " + rows);
            }
            String keyText = SheetRows.cell(cells, index[KEY]).text();
            if (keyText.isEmpty()) {
                rows--;
                return true;
            }
            ProposalKey key;
            VersionStamp stamp;
            try {
                key = parseKey(keyText);
                stamp = VersionStamp.parse(SheetRows.cell(cells, index[VERSION]).text());
            } catch (IllegalArgumentException e) {
                issue(rowNumber, KEY, keyText, "the hidden key or version of this row was changed. Maybe copy the "
                        + "row from the exported file again, or export a new review file.");
                return true;
            }
            if (!seen.add(key)) {
                issue(rowNumber, KEY, key.toString(), "this proposal appears twice in the file. Maybe a row was "
                        + "copied; keep one.");
                return true;
            }
            planRunId = Math.max(planRunId, stamp.planRunId());
            Double quantity = quantity(rowNumber, SheetRows.cell(cells, index[ORDER_QUANTITY]));
            LocalDate date = date(rowNumber, SheetRows.cell(cells, index[ORDER_DATE]));
            if (quantity == null || date == null) return true;
            Cell reasonCell = SheetRows.cell(cells, index[REASON]);
            String reason = reasonCell.text().strip();
            boolean quantityChanged = Math.abs(quantity - stamp.quantity()) > 1e-9;
            boolean dateChanged = !date.equals(stamp.orderDate());
            boolean reasonChanged = !VersionStamp.checksum(reason).equals(stamp.reasonChecksum());
            if (!quantityChanged && !dateChanged && !reasonChanged) {
                unchanged++;
                return true;
            }
            if (reason.isEmpty()) {
                issue(rowNumber, REASON, "", "the quantity or date of " + key + " changed without a reason. Maybe "
                        + "say what you know that the forecast does not.");
                return true;
            }
            StoredProposal now = current.get(key);
            if (now == null) {
                issue(rowNumber, KEY, key.toString(), "this proposal is no longer in the store (a new plan dropped "
                        + "it). Maybe export a new review file.");
                return true;
            }
            String nowStamp = VersionStamp.of(now).text();
            changes.add(new ReviewChange(key, rowNumber, stamp.quantity(), quantity, stamp.orderDate(), date, reason,
                    reasonChanged, now.effectiveQuantity(), now.effectiveOrderDate(), !nowStamp.equals(stamp.text()),
                    nowStamp));
            return true;
        }

        private void findHeaders(List<Cell> cells) {
            Map<String, Integer> byText = new HashMap<>();
            for (int c = 0; c < cells.size(); c++) byText.put(cells.get(c).text().strip().toLowerCase(Locale.ROOT), c);
            if (!byText.containsKey(KEY_HEADER)) return;
            List<Column> french = columns(ExportLanguage.FRENCH);
            List<Column> english = columns(ExportLanguage.ENGLISH);
            Map<Integer, String> found = new HashMap<>();
            for (int wanted : new int[] {SKU, LOCATION, ORDER_QUANTITY, ORDER_DATE, REASON, KEY, VERSION}) {
                Integer at = byText.get(french.get(wanted).header().toLowerCase(Locale.ROOT));
                if (at == null) at = byText.get(english.get(wanted).header().toLowerCase(Locale.ROOT));
                if (at == null) {
                    issues.add(new ReviewIssue(file, sheet, 0, english.get(wanted).header(), "", "the column is missing."
                            + " Maybe it was deleted or renamed; export a new review file."));
                    at = -1;
                }
                index[wanted] = at;
                found.put(at, at < 0 ? english.get(wanted).header() : cells.get(at).text().strip());
            }
            headers = found;
            if (!issues.isEmpty()) throw new SpreadsheetRefusedException(Path.of(file), "cannot be read back: "
                    + issues.get(0).describe());
        }

        private Double quantity(long row, Cell cell) {
            double value;
            if (cell.kind() == Cell.Kind.NUMBER) {
                value = cell.number();
            } else if (cell.kind() == Cell.Kind.TEXT) {
                try {
                    value = Double.parseDouble(cell.text().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
                } catch (NumberFormatException e) {
                    issue(row, ORDER_QUANTITY, cell.text(), "not a number. Maybe type a quantity in units, e.g. 24.");
                    return null;
                }
            } else {
                issue(row, ORDER_QUANTITY, cell.text(), "the order quantity is empty. Maybe type 0 to cancel the order.");
                return null;
            }
            if (!(value >= 0) || Double.isInfinite(value)) {
                issue(row, ORDER_QUANTITY, cell.text(), "the order quantity must be zero or more. Maybe use 0 to cancel.");
                return null;
            }
            return value;
        }

        private LocalDate date(long row, Cell cell) {
            switch (cell.kind()) {
                case DATE:
                    return cell.date();
                case NUMBER:
                    if (cell.number() > 0 && cell.number() < 2_958_466) return EXCEL_EPOCH.plusDays((long) cell.number());
                    break;
                case TEXT:
                    for (DateTimeFormatter format : DATE_TEXTS) {
                        try {
                            return LocalDate.parse(cell.text().strip(), format);
                        } catch (DateTimeParseException e) {
                            // the next spelling
                        }
                    }
                    break;
                default:
                    issue(row, ORDER_DATE, "", "the order date is empty. Maybe type a date such as 24/11/2026.");
                    return null;
            }
            issue(row, ORDER_DATE, cell.text(), "not a date. Maybe type it as 24/11/2026 or 2026-11-24.");
            return null;
        }

        private void issue(long row, int column, String value, String message) {
            String header = headers == null ? "" : headers.getOrDefault(index[column], "");
            issues.add(new ReviewIssue(file, sheet, row, header, value, message));
        }

        ReviewDiff diff(Path path) {
            return new ReviewDiff(path, sheet, planRunId, changes, issues, rows, unchanged);
        }
    }
}
