package reassort.io;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reassort.domain.Dataset;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.SalesPeriod;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

/**
 * Reads one sheet with its mapping and hands each valid row's record to the sink, reporting every rejected or
 * doubtful value. Three streaming passes at most: the first rows to find the header row, a scan of text-date
 * columns until their day/month order is settled (only when there are such columns), and the import itself.
 * Nothing is kept per row except the duplicate-key registry of master data and stock.
 */
final class SheetImporter {
    static final int CANCEL_CHECK_ROWS = 1_000;
    static final int PROGRESS_ROWS = 10_000;
    /** A date scan stops after this many rows when no value of the form a/b/yyyy has turned up. */
    static final int DATE_SCAN_GIVE_UP_ROWS = 10_000;
    private static final Field[] FIELDS = Field.values();
    private static final List<Field> TOTALS_FIELDS = List.of(Field.SKU, Field.DATE, Field.LOCATION);
    private static final Set<String> TOTALS = Set.of("total", "totaux", "grand total", "sous total", "subtotal",
            "total general");

    /** Counts shared by the sheets of one read. */
    static final class Totals {
        final Map<Dataset, Long> records = new EnumMap<>(Dataset.class);
        long rowsRead;
        long rowsRejected;
    }

    private final WorkbookSource source;
    private final int sheetIndex;
    private final String sheet;
    private final SheetMapping mapping;
    private final Channels channels;
    private final IssueLog issues;
    private final RecordSink sink;
    private final ProgressListener progress;
    private final Totals totals;
    private final CsvDialect dialect;
    private DecimalSeparator decimal = DecimalSeparator.DOT;
    private DateOrder fallbackOrder = DateOrder.DAY_FIRST;

    private long headerRow;
    private List<String> headers = List.of();
    private final int[] columnOf = new int[FIELDS.length];
    private final CellValue[] constantOf = new CellValue[FIELDS.length];
    private final DateOrder[] dateOrderOf = new DateOrder[FIELDS.length];
    private int[] dateColumns = new int[0];
    private LocalDate[] dateOfColumn = new LocalDate[0];
    private LocalDate coveredFrom;
    private LocalDate coveredTo;
    private final KeyRegistry keys = new KeyRegistry();

    private long row;
    private List<CellValue> cells;
    private boolean rejected;

    SheetImporter(WorkbookSource source, int sheetIndex, SheetMapping mapping, Channels channels, IssueLog issues,
            RecordSink sink, ProgressListener progress, Totals totals) {
        this.source = source;
        this.sheetIndex = sheetIndex;
        this.sheet = source.sheetNames().get(sheetIndex);
        this.mapping = mapping;
        this.channels = channels;
        this.issues = issues;
        this.sink = sink;
        this.progress = progress;
        this.totals = totals;
        this.dialect = source.csvDialect();
        Arrays.fill(columnOf, -1);
    }

    void run() {
        if (!locateHeaders()) return;
        if (!resolveConstants()) return;
        if (mapping.layout() == Layout.LONG) settleDateOrders();
        long[] sheetRows = {0};
        source.readSheet(sheetIndex, (rowNumber, rowCells) -> {
            if (rowNumber <= headerRow) return true;
            sheetRows[0]++;
            totals.rowsRead++;
            if (sheetRows[0] % CANCEL_CHECK_ROWS == 0) ProgressListener.checkCancelled();
            if (totals.rowsRead % PROGRESS_ROWS == 0) {
                progress.progress(totals.rowsRead, -1, "Reading sheet " + sheet + ": " + sheetRows[0] + " rows");
            }
            row = rowNumber;
            cells = rowCells;
            rejected = false;
            if (mapping.layout() == Layout.WIDE) {
                wideRow();
            } else {
                longRow();
            }
            if (rejected) totals.rowsRejected++;
            cells = null;
            return true;
        });
        if (sheetRows[0] == 0) {
            issues.add(sheet, headerRow, "", "", "Sheet " + sheet + " has headers but no data rows; nothing was"
                    + " read from it. Maybe the export was empty.", Severity.WARNING);
        }
    }

    // ---------------------------------------------------------------- headers and constants

    private boolean locateHeaders() {
        List<SheetInspector.SampledRow> firstRows = new ArrayList<>();
        SheetInspector.SampledRow[] mapped = {null};
        int wanted = mapping.headerRow();
        source.readSheet(sheetIndex, (rowNumber, rowCells) -> {
            if (firstRows.size() < SheetInspector.HEADER_SEARCH_ROWS) {
                firstRows.add(new SheetInspector.SampledRow(rowNumber, rowCells));
            }
            if (rowNumber == wanted) mapped[0] = new SheetInspector.SampledRow(rowNumber, rowCells);
            return rowNumber < wanted || firstRows.size() < SheetInspector.HEADER_SEARCH_ROWS;
        });
        if (firstRows.isEmpty()) {
            issues.add(sheet, 0, "", "", "Sheet " + sheet + " is empty; nothing was read from it.", Severity.WARNING);
            return false;
        }
        SheetInspector.SampledRow chosen = null;
        if (mapped[0] != null && holdsMappedHeaders(mapped[0].cells())) {
            chosen = mapped[0];
        } else {
            for (SheetInspector.SampledRow candidate : firstRows) {
                if (!mapping.columns().isEmpty() && holdsMappedHeaders(candidate.cells())) {
                    chosen = candidate;
                    break;
                }
            }
        }
        if (chosen == null && mapping.columns().isEmpty()) {
            chosen = mapped[0] != null ? mapped[0] : firstRows.get(0);
        }
        if (chosen == null) {
            SheetInspector.SampledRow shown = mapped[0] != null ? mapped[0] : firstRows.get(0);
            List<String> missing = new ArrayList<>();
            for (Map.Entry<Field, String> column : mapping.columns().entrySet()) {
                if (indexOfHeader(shown.cells(), column.getValue()) < 0) {
                    missing.add("'" + column.getValue() + "' (" + column.getKey() + ")");
                }
            }
            sheetError(shown.rowNumber(), "", "The mapped column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is") + " not in sheet " + sheet
                    + " (row " + shown.rowNumber() + " holds: " + Text.shown(String.join(" | ",
                    SheetInspector.texts(shown.cells()))) + "). Maybe the export changed: map the sheet again.");
            return false;
        }
        headerRow = chosen.rowNumber();
        List<CellValue> headerCells = chosen.cells();
        headers = SheetInspector.texts(headerCells);
        boolean french = Headers.looksFrench(headers);
        decimal = mapping.decimalSeparator() != null ? mapping.decimalSeparator()
                : SheetInspector.localeDecimal(dialect, french);
        fallbackOrder = mapping.dateOrder() != null ? mapping.dateOrder()
                : SheetInspector.localeDateOrder(dialect, french);
        for (Map.Entry<Field, String> column : mapping.columns().entrySet()) {
            columnOf[column.getKey().ordinal()] = indexOfHeader(headerCells, column.getValue());
        }
        if (mapping.layout() == Layout.WIDE && !resolveDateColumns(headerCells)) return false;
        List<String> missing = new ArrayList<>();
        for (Field required : Field.requiredFields(mapping.dataset(), mapping.layout())) {
            if (columnOf[required.ordinal()] < 0 && !mapping.constants().containsKey(required)) {
                missing.add(required + " (" + required.englishHeader() + " / " + required.frenchHeader() + ")");
            }
        }
        if (!missing.isEmpty()) {
            sheetError(headerRow, "", "Sheet " + sheet + " (" + mapping.dataset() + ") lacks the required "
                    + (missing.size() > 1 ? "fields " : "field ") + String.join(", ", missing) + "; nothing was"
                    + " read from it. Map a column to each, or give a constant (e.g. the channel of the whole"
                    + " sheet).");
            return false;
        }
        return true;
    }

    private boolean holdsMappedHeaders(List<CellValue> rowCells) {
        for (String header : mapping.columns().values()) {
            if (indexOfHeader(rowCells, header) < 0) return false;
        }
        return true;
    }

    /** Exact text first, then the same text ignoring case, accents and punctuation. */
    static int indexOfHeader(List<CellValue> rowCells, String header) {
        String wanted = header.strip();
        for (int i = 0; i < rowCells.size(); i++) {
            if (rowCells.get(i).text().equals(wanted)) return i;
        }
        String normalised = Text.normalise(wanted);
        if (normalised.isEmpty()) return -1;
        for (int i = 0; i < rowCells.size(); i++) {
            if (Text.normalise(rowCells.get(i).text()).equals(normalised)) return i;
        }
        return -1;
    }

    private boolean resolveDateColumns(List<CellValue> headerCells) {
        List<CellValue> candidates = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        boolean ambiguous = false;
        for (int i = 0; i < headerCells.size(); i++) {
            if (isMappedColumn(i)) continue;
            CellValue cell = headerCells.get(i);
            if (Headers.looksLikeDateHeader(cell)) {
                candidates.add(cell);
                indices.add(i);
                if (cell.kind() == CellValue.Kind.TEXT && DateText.parse(cell.text()).ambiguous()) ambiguous = true;
            }
        }
        if (candidates.isEmpty()) {
            sheetError(headerRow, "", "Sheet " + sheet + " is mapped WIDE but no header on row " + headerRow
                    + " is a date or a week (such as 2025-01-06, 06/01/2025, 2025-W07, S07 2025). Maybe it is a"
                    + " LONG sheet, or the headers are on another row.");
            return false;
        }
        DateOrder evidence = Headers.headerDateEvidence(candidates);
        DateOrder order = evidence != null ? evidence : fallbackOrder;
        if (evidence == null && ambiguous) {
            issues.add(sheet, headerRow, "", candidates.get(0).text(), "The date headers of sheet " + sheet
                    + " could be day/month or month/day (every part is 12 or less); they were read "
                    + DateText.describe(order) + ". Maybe check one against the source.", Severity.WARNING);
        }
        List<LocalDate> dates = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            LocalDate date = Headers.headerDate(candidates.get(i), order);
            if (date == null) {
                int column = indices.get(i);
                sheetIssue(headerRow, label(column), candidates.get(i).text(), "This header is no date "
                        + DateText.describe(order) + "; its column was left out.", Severity.WARNING);
                continue;
            }
            dates.add(date);
            kept.add(indices.get(i));
        }
        boolean weekly = dates.size() >= 2;
        for (int i = 1; i < dates.size() && weekly; i++) {
            weekly = dates.get(i).toEpochDay() - dates.get(i - 1).toEpochDay() == 7;
        }
        dateColumns = kept.stream().mapToInt(Integer::intValue).toArray();
        dateOfColumn = new LocalDate[dateColumns.length];
        for (int i = 0; i < dateColumns.length; i++) {
            boolean weekLabel = Headers.isWeekLabel(headerCells.get(dateColumns[i]));
            LocalDate date = dates.get(i);
            dateOfColumn[i] = weekly || weekLabel ? date.with(DayOfWeek.MONDAY) : date;
            LocalDate lastDay = weekly || weekLabel ? dateOfColumn[i].plusDays(6) : date;
            if (coveredFrom == null || dateOfColumn[i].isBefore(coveredFrom)) coveredFrom = dateOfColumn[i];
            if (coveredTo == null || lastDay.isAfter(coveredTo)) coveredTo = lastDay;
        }
        return true;
    }

    private boolean isMappedColumn(int column) {
        for (int mapped : columnOf) {
            if (mapped == column) return true;
        }
        return false;
    }

    /** Checks every constant once, so a bad constant stops the sheet instead of failing every row. */
    private boolean resolveConstants() {
        for (Map.Entry<Field, String> constant : mapping.constants().entrySet()) {
            Field field = constant.getKey();
            CellValue value = CellValue.text(constant.getValue());
            constantOf[field.ordinal()] = value;
            String problem = checkConstant(field, value);
            if (problem != null) {
                sheetError(headerRow, "constant " + field, constant.getValue(), "The constant for " + field
                        + " of sheet " + sheet + " " + problem + "; nothing was read from the sheet. Fix the"
                        + " constant in the mapping.");
                return false;
            }
        }
        return true;
    }

    private String checkConstant(Field field, CellValue value) {
        if (value.isBlank()) return null;
        String text = value.text();
        return switch (field.kind()) {
            case DATE -> {
                DateText.Parsed parsed = DateText.parse(text);
                LocalDate date = parsed.form() == DateText.Form.ORDER_DEPENDENT && parsed.evidence() == null
                        ? null : DateText.resolve(parsed, parsed.evidence() != null ? parsed.evidence()
                        : DateOrder.DAY_FIRST);
                yield date == null ? "is not an unambiguous date (write it as yyyy-mm-dd)" : null;
            }
            case NUMBER, INTEGER, PERCENT -> Double.isNaN(Values.number(text.replace("%", ""), decimal))
                    ? "is not a number" : null;
            case CHANNEL -> channels.code(text) == null ? "is not a known channel (" + channels.knownList() + ")"
                    : null;
            case FLAG -> Values.flag(text) == null ? "is not yes or no" : null;
            case LOCATION_TYPE -> Values.locationType(text) == null ? "is not WAREHOUSE, HUB or STORE" : null;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- day/month order of text dates

    private void settleDateOrders() {
        List<Field> dateFields = new ArrayList<>();
        for (Field field : FIELDS) {
            if (field.kind() == Field.Kind.DATE && columnOf[field.ordinal()] >= 0) dateFields.add(field);
        }
        if (dateFields.isEmpty()) return;
        int n = dateFields.size();
        DateOrder[] evidence = new DateOrder[n];
        long[] ambiguous = new long[n];
        String[] example = new String[n];
        boolean[] orderDependentSeen = new boolean[n];
        long[] scanned = {0};
        source.readSheet(sheetIndex, (rowNumber, rowCells) -> {
            if (rowNumber <= headerRow) return true;
            scanned[0]++;
            if (scanned[0] % CANCEL_CHECK_ROWS == 0) ProgressListener.checkCancelled();
            boolean allSettled = true;
            boolean anyOrderDependent = false;
            for (int f = 0; f < n; f++) {
                int column = columnOf[dateFields.get(f).ordinal()];
                if (evidence[f] == null && column < rowCells.size()
                        && rowCells.get(column).kind() == CellValue.Kind.TEXT) {
                    DateText.Parsed parsed = DateText.parse(rowCells.get(column).text());
                    if (parsed.form() == DateText.Form.ORDER_DEPENDENT) orderDependentSeen[f] = true;
                    evidence[f] = parsed.evidence();
                    if (parsed.ambiguous()) {
                        ambiguous[f]++;
                        if (example[f] == null) example[f] = rowCells.get(column).text();
                    }
                }
                allSettled &= evidence[f] != null;
                anyOrderDependent |= orderDependentSeen[f] && evidence[f] == null;
            }
            return !allSettled && (anyOrderDependent || scanned[0] < DATE_SCAN_GIVE_UP_ROWS);
        });
        for (int f = 0; f < n; f++) {
            Field field = dateFields.get(f);
            DateOrder order = evidence[f] != null ? evidence[f] : fallbackOrder;
            dateOrderOf[field.ordinal()] = order;
            if (evidence[f] == null && ambiguous[f] > 0) {
                issues.add(sheet, headerRow, label(columnOf[field.ordinal()]), example[f], "Every date in this column"
                        + " could be day/month or month/day (both parts are 12 or less); all were read "
                        + DateText.describe(order) + ", the order given by the mapping or by the file's locale"
                        + " (semicolon separator or French headers: day first). Maybe check one date against the"
                        + " source.",
                        Severity.WARNING);
            }
        }
    }

    // ---------------------------------------------------------------- one row

    private void longRow() {
        Record record;
        try {
            record = switch (mapping.dataset()) {
                case SALES -> salesLine();
                case PRODUCTS -> product();
                case LOCATIONS -> location();
                case SUPPLIERS -> supplier();
                case STOCK -> stockPosition();
                case PURCHASE_ORDERS -> purchaseOrderLine();
                case PROMOTIONS -> promotion();
            };
        } catch (IllegalArgumentException e) {
            error(null, e.getMessage());
            record = null;
        }
        if (record != null && !rejected) {
            sink.accept(record);
            totals.records.merge(mapping.dataset(), 1L, Long::sum);
        }
    }

    private SalesLine salesLine() {
        if (isTotalsRow()) return null;
        LocalDate date = date(Field.DATE, true);
        String sku = text(Field.SKU, true);
        String location = text(Field.LOCATION, true);
        String channel = channel(Field.CHANNEL);
        double quantity = number(Field.QUANTITY, true, 0);
        double amount = number(Field.AMOUNT, false, 0);
        String promo = text(Field.PROMO_CODE, false);
        if (rejected) return null;
        if (promo != null && Values.meansNo(promo)) promo = null;
        else if (promo != null && Values.meansYes(promo)) promo = "PROMO";
        SalesKind kind = quantity < 0 ? SalesKind.RETURN : SalesKind.SALE;
        if (quantity > 0 && amount < 0) {
            warning(Field.AMOUNT, "A negative amount on a sale (quantity " + CellValue.formatNumber(quantity)
                    + "); kept as " + CellValue.formatNumber(-amount) + ". Maybe the line is a return with a"
                    + " positive quantity.");
        }
        return new SalesLine(date, sku, location, channel, kind, Math.abs(quantity), Math.abs(amount), promo);
    }

    private Product product() {
        String sku = text(Field.SKU, true);
        String label = text(Field.LABEL, false);
        String category = text(Field.CATEGORY, false);
        double unitCost = nonNegative(Field.UNIT_COST, number(Field.UNIT_COST, false, 0));
        double unitPrice = nonNegative(Field.UNIT_PRICE, number(Field.UNIT_PRICE, false, 0));
        String supplier = text(Field.SUPPLIER, false);
        String reference = text(Field.SUPPLIER_REFERENCE, false);
        int packSize = integer(Field.PACK_SIZE, 1, 1);
        int moq = integer(Field.MOQ, 0, 0);
        if (rejected) return null;
        if (duplicate(Field.SKU, sku)) return null;
        if (unitPrice > 0 && unitCost > unitPrice) {
            warning(Field.UNIT_PRICE, "The unit price is below the unit cost (" + CellValue.formatNumber(unitCost)
                    + "). Maybe the two columns are swapped.");
        }
        return new Product(sku, label, category, unitCost, unitPrice, supplier, reference, packSize, moq);
    }

    private Location location() {
        String code = text(Field.LOCATION, true);
        String name = text(Field.NAME, false);
        LocationType type = locationType();
        String region = text(Field.REGION, false);
        String suppliedBy = text(Field.SUPPLIED_BY, false);
        boolean clickAndCollect = flag(Field.CLICK_AND_COLLECT);
        boolean shipFromStore = flag(Field.SHIP_FROM_STORE);
        if (rejected) return null;
        if (duplicate(Field.LOCATION, code)) return null;
        if (code.equals(suppliedBy)) {
            error(Field.SUPPLIED_BY, "Location " + code + " cannot supply itself. Maybe the column is shifted.");
            return null;
        }
        return new Location(code, name, type, region, suppliedBy, clickAndCollect, shipFromStore);
    }

    private Supplier supplier() {
        String code = text(Field.SUPPLIER, true);
        String name = text(Field.NAME, false);
        double leadTime = number(Field.LEAD_TIME_DAYS, true, Double.NaN);
        double leadTimeStdDev = nonNegative(Field.LEAD_TIME_STD_DEV_DAYS, number(Field.LEAD_TIME_STD_DEV_DAYS,
                false, 0));
        Set<DayOfWeek> orderDays = weekdays(Field.ORDER_DAYS);
        double minimumOrder = nonNegative(Field.MINIMUM_ORDER_VALUE, number(Field.MINIMUM_ORDER_VALUE, false, 0));
        if (!rejected && !(leadTime > 0)) {
            error(Field.LEAD_TIME_DAYS, "A lead time must be more than 0 days. Maybe the cell holds weeks or is"
                    + " empty.");
        }
        if (rejected) return null;
        if (duplicate(Field.SUPPLIER, code)) return null;
        return new Supplier(code, name, leadTime, leadTimeStdDev, orderDays, minimumOrder);
    }

    private StockPosition stockPosition() {
        LocalDate asOf = date(Field.DATE, true);
        String sku = text(Field.SKU, true);
        String location = text(Field.LOCATION, true);
        double onHand = number(Field.ON_HAND, true, 0);
        double reserved = nonNegative(Field.RESERVED, number(Field.RESERVED, false, 0));
        double inTransit = nonNegative(Field.IN_TRANSIT, number(Field.IN_TRANSIT, false, 0));
        double backorders = nonNegative(Field.BACKORDERS, number(Field.BACKORDERS, false, 0));
        if (rejected) return null;
        if (duplicateKey(Field.SKU, sku + "\u0000" + location + "\u0000" + asOf, "SKU " + sku + " at " + location
                + " on " + asOf)) {
            return null;
        }
        if (onHand < 0) {
            warning(Field.ON_HAND, "Negative stock on hand; kept as is. Maybe sales were booked before a"
                    + " receipt; check the stock count.");
        }
        return new StockPosition(sku, location, asOf, onHand, reserved, inTransit, backorders);
    }

    private PurchaseOrderLine purchaseOrderLine() {
        String order = text(Field.ORDER_ID, true);
        String sku = text(Field.SKU, true);
        String location = text(Field.LOCATION, true);
        String supplier = text(Field.SUPPLIER, false);
        double quantity = nonNegative(Field.QUANTITY, number(Field.QUANTITY, true, 0));
        LocalDate expected = date(Field.EXPECTED_DATE, true);
        boolean confirmed = flag(Field.CONFIRMED);
        if (rejected) return null;
        return new PurchaseOrderLine(order, sku, location, supplier, quantity, expected, confirmed);
    }

    private Promotion promotion() {
        String code = text(Field.PROMO_CODE, true);
        String name = text(Field.NAME, false);
        String sku = text(Field.SKU, false);
        String category = text(Field.CATEGORY, false);
        Set<String> promoChannels = channelList(Field.CHANNELS);
        String location = text(Field.LOCATION, false);
        LocalDate start = date(Field.START_DATE, true);
        LocalDate end = date(Field.END_DATE, true);
        double discount = percent(Field.DISCOUNT_PERCENT);
        PromotionMechanic mechanic = mechanic();
        if (!rejected && sku == null && category == null) {
            error(columnOf[Field.SKU.ordinal()] >= 0 ? Field.SKU : Field.CATEGORY, "The promotion names neither a"
                    + " SKU nor a category. Fill one of them.");
        }
        if (!rejected && end.isBefore(start)) {
            error(Field.END_DATE, "The promotion ends (" + end + ") before it starts (" + start + "). Maybe the"
                    + " dates are swapped.");
        }
        if (rejected) return null;
        if (duplicate(Field.PROMO_CODE, code)) return null;
        return new Promotion(code, name, sku, category, promoChannels, location, start, end, discount, mechanic);
    }

    private void wideRow() {
        if (isTotalsRow()) return;
        String sku = text(Field.SKU, true);
        String location = text(Field.LOCATION, true);
        String channel = channel(Field.CHANNEL);
        if (rejected) return;
        List<SalesLine> lines = new ArrayList<>();
        for (int i = 0; i < dateColumns.length; i++) {
            int column = dateColumns[i];
            CellValue cell = column < cells.size() ? cells.get(column) : CellValue.BLANK;
            if (cell.isBlank()) continue;
            double quantity = numberOf(cell, false);
            if (Double.isNaN(quantity)) {
                issue(label(column), cell.text(), notANumber(cell), Severity.ERROR);
                continue;
            }
            if (quantity == 0) continue;
            SalesKind kind = quantity < 0 ? SalesKind.RETURN : SalesKind.SALE;
            lines.add(new SalesLine(dateOfColumn[i], sku, location, channel, kind, Math.abs(quantity), 0, null));
        }
        if (rejected) return;
        for (SalesLine line : lines) sink.accept(line);
        if (coveredFrom != null) sink.accept(new SalesPeriod(location, channel, coveredFrom, coveredTo));
        if (!lines.isEmpty()) totals.records.merge(Dataset.SALES, (long) lines.size(), Long::sum);
    }

    /** A "Total" row under sales data (common in exports) is left out with a warning rather than read as a SKU. */
    private boolean isTotalsRow() {
        for (Field field : TOTALS_FIELDS) {
            int column = columnOf[field.ordinal()];
            if (column < 0 || column >= cells.size()) continue;
            String text = cells.get(column).text();
            if (text.length() < 5 || text.length() > 14 || !(text.regionMatches(true, 0, "total", 0, 5)
                    || text.regionMatches(true, 0, "sous", 0, 4) || text.regionMatches(true, 0, "subtotal", 0, 8)
                    || text.regionMatches(true, 0, "grand", 0, 5))) {
                continue;
            }
            if (TOTALS.contains(Text.normalise(text))) {
                issue(label(column), text, "A totals row; left out.", Severity.WARNING);
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- typed cell access

    private CellValue cell(Field field) {
        int column = columnOf[field.ordinal()];
        CellValue value = column >= 0 && column < cells.size() ? cells.get(column) : CellValue.BLANK;
        if (value.isBlank()) {
            CellValue constant = constantOf[field.ordinal()];
            if (constant != null) return constant;
        }
        return value;
    }

    private boolean missing(Field field, CellValue value, boolean required) {
        if (!value.isBlank()) return false;
        if (required) {
            error(field, "A required value is missing (" + field.englishHeader() + "). Fill the cell, or give the"
                    + " sheet a constant for it.");
        }
        return true;
    }

    private String text(Field field, boolean required) {
        CellValue value = cell(field);
        if (missing(field, value, required)) return null;
        if (value.kind() == CellValue.Kind.ERROR) {
            error(field, "The cell holds the Excel error " + value.text() + ". Fix the formula or type the value.");
            return null;
        }
        if (value.text().indexOf('\uFFFD') >= 0) {
            warning(field, "Some characters could not be read (shown as \uFFFD). Maybe save the file as"
                    + " \"CSV UTF-8\".");
        }
        return value.text();
    }

    private double number(Field field, boolean required, double defaultValue) {
        CellValue value = cell(field);
        if (missing(field, value, required)) return defaultValue;
        double number = numberOf(value, false);
        if (Double.isNaN(number)) {
            error(field, notANumber(value));
            return defaultValue;
        }
        return number;
    }

    private double numberOf(CellValue value, boolean percent) {
        return switch (value.kind()) {
            case NUMBER -> value.number();
            case TEXT -> {
                String text = value.text();
                if (percent && text.endsWith("%")) text = text.substring(0, text.length() - 1);
                yield Values.number(text, decimal);
            }
            default -> Double.NaN;
        };
    }

    private static String notANumber(CellValue value) {
        return switch (value.kind()) {
            case DATE -> "A date where a number is expected. Maybe Excel turned the number into a date; format"
                    + " the column as Number.";
            case ERROR -> "The cell holds the Excel error " + value.text() + ". Fix the formula or type the value.";
            case BOOLEAN -> "TRUE/FALSE where a number is expected.";
            default -> "Not a number. Write digits only, such as 12 or 12,5 (units or words are not read).";
        };
    }

    private double nonNegative(Field field, double value) {
        if (value < 0) {
            error(field, "Must be zero or more, not negative. Maybe the sign is wrong.");
            return 0;
        }
        return value;
    }

    private int integer(Field field, int defaultValue, int minimum) {
        CellValue value = cell(field);
        if (missing(field, value, false)) return defaultValue;
        double number = numberOf(value, false);
        if (Double.isNaN(number)) {
            error(field, notANumber(value));
            return defaultValue;
        }
        if (number != Math.rint(number) || number < minimum || number > Integer.MAX_VALUE) {
            error(field, "Must be a whole number of " + minimum + " or more.");
            return defaultValue;
        }
        return (int) number;
    }

    private double percent(Field field) {
        CellValue value = cell(field);
        if (missing(field, value, false)) return 0;
        double number = numberOf(value, true);
        if (Double.isNaN(number)) {
            error(field, notANumber(value));
            return 0;
        }
        boolean writtenAsPercent = value.percentFormat() || value.text().endsWith("%");
        if (value.percentFormat()) number *= 100;
        if (!writtenAsPercent && number > 0 && number < 1) {
            warning(field, "Read as " + CellValue.formatNumber(number * 100) + " % (a fraction of 1). Maybe write"
                    + " it as a percent.");
            number *= 100;
        }
        if (!(number >= 0 && number < 100)) {
            error(field, "A discount must be from 0 to under 100 %.");
            return 0;
        }
        return number;
    }

    private LocalDate date(Field field, boolean required) {
        CellValue value = cell(field);
        if (missing(field, value, required)) return null;
        switch (value.kind()) {
            case DATE:
                return value.dateTime().toLocalDate();
            case NUMBER:
                LocalDate fromSerial = fromSerial(value.number());
                if (fromSerial == null) error(field, "A number, not a date. Write dates as dd/mm/yyyy or yyyy-mm-dd.");
                return fromSerial;
            case TEXT:
                break;
            default:
                error(field, "Not a date. Write dates as dd/mm/yyyy or yyyy-mm-dd.");
                return null;
        }
        DateText.Parsed parsed = DateText.parse(value.text());
        if (parsed.form() == DateText.Form.SERIAL) {
            LocalDate fromSerial = fromSerial(parsed.serial());
            if (fromSerial == null) error(field, "A number, not a date.");
            return fromSerial;
        }
        if (parsed.form() == DateText.Form.INVALID) {
            error(field, "Not a date. Write dates as dd/mm/yyyy, m/d/yyyy or yyyy-mm-dd.");
            return null;
        }
        DateOrder order = dateOrderOf[field.ordinal()] != null ? dateOrderOf[field.ordinal()] : fallbackOrder;
        LocalDate date = DateText.resolve(parsed, order);
        if (date == null) {
            boolean badYear = parsed.year() < DateText.MIN_YEAR || parsed.year() > DateText.MAX_YEAR;
            error(field, badYear ? "The year " + parsed.year() + " is out of range (" + DateText.MIN_YEAR + "-"
                    + DateText.MAX_YEAR + ")." : parsed.form() == DateText.Form.ORDER_DEPENDENT
                    ? "No such day when read " + DateText.describe(order) + ", the order of this column."
                    : "No such day in the calendar.");
        }
        return date;
    }

    private static LocalDate fromSerial(double serial) {
        if (!(serial >= 20_000 && serial <= 80_000)) return null;
        return LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serial));
    }

    private String channel(Field field) {
        String text = text(field, true);
        if (text == null) return null;
        String code = channels.code(text);
        if (code == null) {
            error(field, "Unknown channel. Known channels: " + channels.knownList() + " (or Magasin, Web,"
                    + " Marketplace, Click & collect, Ship from store, B2B). Maybe add the channel first.");
        }
        return code;
    }

    private Set<String> channelList(Field field) {
        String text = text(field, false);
        if (text == null) return Set.of();
        try {
            return channels.codes(text);
        } catch (IllegalArgumentException e) {
            error(field, "Unknown channel '" + e.getMessage() + "'. Known channels: " + channels.knownList()
                    + "; leave the cell empty for all channels.");
            return Set.of();
        }
    }

    private boolean flag(Field field) {
        CellValue value = cell(field);
        if (value.isBlank()) return false;
        if (value.kind() == CellValue.Kind.BOOLEAN) return value.number() == 1;
        Boolean flag = Values.flag(value.text());
        if (flag == null) {
            error(field, "Not a yes/no value. Write yes/no, oui/non, 1/0, true/false or x.");
            return false;
        }
        return flag;
    }

    private LocationType locationType() {
        String text = text(Field.LOCATION_TYPE, true);
        if (text == null) return null;
        LocationType type = Values.locationType(text);
        if (type == null) {
            error(Field.LOCATION_TYPE, "Unknown location type. Write WAREHOUSE, HUB or STORE (Entrepôt, Hub,"
                    + " Magasin).");
        }
        return type;
    }

    private Set<DayOfWeek> weekdays(Field field) {
        String text = text(field, false);
        if (text == null) return Set.of();
        try {
            return Values.weekdays(text);
        } catch (IllegalArgumentException e) {
            error(field, "Unreadable order days: " + e.getMessage() + ". Write days such as Mon,Thu or lun,jeu.");
            return Set.of();
        }
    }

    private PromotionMechanic mechanic() {
        String text = text(Field.MECHANIC, false);
        if (text == null) return PromotionMechanic.OTHER;
        PromotionMechanic mechanic = Values.mechanic(text);
        if (mechanic == null) {
            warning(Field.MECHANIC, "Unknown mechanic; read as OTHER. Known: DISCOUNT (Remise), MULTIBUY (Lot),"
                    + " DISPLAY (Tête de gondole), FEATURE (Prospectus), OTHER (Autre).");
            return PromotionMechanic.OTHER;
        }
        return mechanic;
    }

    private boolean duplicate(Field field, String key) {
        return duplicateKey(field, key, field.englishHeader() + " " + key);
    }

    private boolean duplicateKey(Field field, String key, String described) {
        long first = keys.firstRowOf(key, row);
        if (first == 0) return false;
        error(field, "Duplicate: " + described + " is already on row " + first + " of this sheet; this row was"
                + " left out. Keep one row per key.");
        return true;
    }

    // ---------------------------------------------------------------- issues

    private void error(Field field, String reason) {
        rejected = true;
        issue(field, reason, Severity.ERROR);
    }

    private void warning(Field field, String reason) {
        issue(field, reason, Severity.WARNING);
    }

    private void issue(Field field, String reason, Severity severity) {
        if (field == null) {
            issue("", "", reason, severity);
            return;
        }
        int column = columnOf[field.ordinal()];
        CellValue value = cell(field);
        String where = column >= 0 && !(value == constantOf[field.ordinal()] && value != null)
                ? label(column) : constantOf[field.ordinal()] != null ? "constant " + field : field.englishHeader();
        issue(where, value.text(), reason, severity);
    }

    private void issue(String column, String value, String reason, Severity severity) {
        if (severity == Severity.ERROR) rejected = true;
        issues.add(sheet, row, column, value, reason, severity);
    }

    private void sheetError(long atRow, String column, String reason) {
        issues.add(sheet, atRow, column, "", reason, Severity.ERROR);
    }

    private void sheetError(long atRow, String column, String value, String reason) {
        issues.add(sheet, atRow, column, value, reason, Severity.ERROR);
    }

    private void sheetIssue(long atRow, String column, String value, String reason, Severity severity) {
        issues.add(sheet, atRow, column, value, reason, severity);
    }

    /** "C (Quantité)": the column letter and its header. */
    private String label(int column) {
        String header = column < headers.size() ? headers.get(column) : "";
        return Text.columnLetters(column) + (header.isEmpty() ? "" : " (" + Text.shown(header) + ")");
    }
}
