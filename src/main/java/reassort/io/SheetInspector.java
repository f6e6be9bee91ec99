package reassort.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reassort.domain.Dataset;

/**
 * Looks at the first rows of a sheet: finds the header row among the first {@value #HEADER_SEARCH_ROWS} rows,
 * guesses dataset and layout (headers first, then the sheet name), proposes a mapping, and samples up to
 * {@value #SAMPLE_ROWS} data rows for the decimal mark and the day/month order.
 */
final class SheetInspector {
    static final int HEADER_SEARCH_ROWS = 30;
    static final int SAMPLE_ROWS = 2_000;

    private final WorkbookSource source;

    SheetInspector(WorkbookSource source) {
        this.source = source;
    }

    /** A sheet's first rows, as found: at most {@value #HEADER_SEARCH_ROWS} rows are kept. */
    record SampledRow(long rowNumber, List<CellValue> cells) {}

    /** Where the headers are and what they say. */
    record HeaderRow(int index, long rowNumber, List<CellValue> cells, List<String> texts) {}

    /** The inspection of a sheet, or null when the sheet holds no cell at all. */
    SheetInspection inspect(int sheetIndex, int previewRows) {
        String sheet = source.sheetNames().get(sheetIndex);
        List<SampledRow> firstRows = new ArrayList<>();
        Sampler[] sampler = {null};
        source.readSheet(sheetIndex, (rowNumber, cells) -> {
            if (sampler[0] == null) {
                firstRows.add(new SampledRow(rowNumber, cells));
                if (firstRows.size() < HEADER_SEARCH_ROWS) return true;
                sampler[0] = new Sampler(sheet, firstRows, previewRows);
                return sampler[0].wantsMore();
            }
            return sampler[0].add(cells);
        });
        if (firstRows.isEmpty()) return null;
        if (sampler[0] == null) sampler[0] = new Sampler(sheet, firstRows, previewRows);
        return sampler[0].inspection();
    }

    static HeaderRow findHeaderRow(List<SampledRow> rows) {
        int best = 0;
        int bestScore = 0;
        for (int i = 0; i < rows.size(); i++) {
            int recognised = 0;
            int dates = 0;
            for (CellValue cell : rows.get(i).cells()) {
                if (cell.kind() == CellValue.Kind.TEXT && Headers.recognised(cell.text())) recognised++;
                if (Headers.looksLikeDateHeader(cell)) dates++;
            }
            int score = recognised + (dates >= 3 ? dates : 0);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        SampledRow row = rows.get(best);
        return new HeaderRow(best, row.rowNumber(), row.cells(), texts(row.cells()));
    }

    static List<String> texts(List<CellValue> cells) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isBlank()) last--;
        List<String> texts = new ArrayList<>(last + 1);
        for (int i = 0; i <= last; i++) texts.add(cells.get(i).text());
        return texts;
    }

    /** The dataset and layout guessed for a header row, with the matched columns. */
    record Guess(Dataset dataset, Layout layout, Map<Field, Integer> columns, List<Boolean> dateHeader) {}

    static Guess guess(String sheet, List<CellValue> headerCells, List<String> headers) {
        List<Boolean> dateHeader = new ArrayList<>();
        int dates = 0;
        for (int i = 0; i < headers.size(); i++) {
            boolean isDate = Headers.looksLikeDateHeader(headerCells.get(i));
            dateHeader.add(isDate);
            if (isDate) dates++;
        }
        if (dates >= 2) {
            List<String> identifying = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) identifying.add(dateHeader.get(i) ? "" : headers.get(i));
            Map<Field, Integer> wide = Headers.match(identifying, Dataset.SALES, Layout.WIDE);
            if (wide.containsKey(Field.SKU)) return new Guess(Dataset.SALES, Layout.WIDE, wide, dateHeader);
        }
        List<Boolean> noDates = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) noDates.add(false);
        Dataset byName = Headers.datasetFromName(sheet);
        Dataset best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<Dataset, Map<Field, Integer>> matches = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            Map<Field, Integer> matched = Headers.match(headers, dataset, Layout.LONG);
            matches.put(dataset, matched);
            double score = Headers.score(matched, dataset, Layout.LONG);
            if (score > bestScore || (score == bestScore && dataset == byName)) {
                bestScore = score;
                best = dataset;
            }
        }
        Dataset chosen;
        if (best != null && Headers.complete(matches.get(best), best, Layout.LONG) && bestScore >= 1) {
            chosen = best;
        } else if (byName != null) {
            chosen = byName;
        } else if (bestScore >= 2) {
            chosen = best;
        } else {
            chosen = null;
        }
        Map<Field, Integer> columns = chosen == null ? Map.of() : matches.get(chosen);
        return new Guess(chosen, Layout.LONG, columns, noDates);
    }

    /** Gathers preview rows and evidence once the header row is known. */
    private final class Sampler {
        private final String sheet;
        private final int previewRows;
        private final HeaderRow header;
        private final Guess guess;
        private final List<List<String>> preview = new ArrayList<>();
        private final Map<Integer, DateEvidence> dateColumns = new LinkedHashMap<>();
        private final List<Integer> numberColumns = new ArrayList<>();
        private int commaVotes;
        private int dotVotes;
        private int sampled;

        Sampler(String sheet, List<SampledRow> firstRows, int previewRows) {
            this.sheet = sheet;
            this.previewRows = Math.max(0, previewRows);
            this.header = findHeaderRow(firstRows);
            this.guess = guess(sheet, header.cells(), header.texts());
            if (guess.dataset() != null) {
                if (guess.layout() == Layout.WIDE) {
                    for (int i = 0; i < guess.dateHeader().size(); i++) {
                        if (guess.dateHeader().get(i)) numberColumns.add(i);
                    }
                } else {
                    for (Map.Entry<Field, Integer> column : guess.columns().entrySet()) {
                        Field.Kind kind = column.getKey().kind();
                        if (kind == Field.Kind.DATE) dateColumns.put(column.getValue(), new DateEvidence());
                        if (kind == Field.Kind.NUMBER || kind == Field.Kind.INTEGER || kind == Field.Kind.PERCENT) {
                            numberColumns.add(column.getValue());
                        }
                    }
                }
            }
            for (int i = header.index() + 1; i < firstRows.size(); i++) add(firstRows.get(i).cells());
        }

        boolean wantsMore() {
            return sampled < SAMPLE_ROWS || preview.size() < previewRows;
        }

        boolean add(List<CellValue> cells) {
            sampled++;
            if (preview.size() < previewRows) preview.add(texts(cells, header.texts().size()));
            for (int column : numberColumns) {
                if (column < cells.size() && cells.get(column).kind() == CellValue.Kind.TEXT) {
                    vote(cells.get(column).text());
                }
            }
            for (Map.Entry<Integer, DateEvidence> column : dateColumns.entrySet()) {
                int index = column.getKey();
                if (index < cells.size() && cells.get(index).kind() == CellValue.Kind.TEXT) {
                    column.getValue().add(DateText.parse(cells.get(index).text()));
                }
            }
            return wantsMore();
        }

        private List<String> texts(List<CellValue> cells, int width) {
            List<String> texts = new ArrayList<>(Math.max(width, cells.size()));
            for (int i = 0; i < Math.max(width, cells.size()); i++) {
                texts.add(i < cells.size() ? cells.get(i).text() : "");
            }
            return texts;
        }

        private void vote(String text) {
            int comma = text.lastIndexOf(',');
            int dot = text.lastIndexOf('.');
            if (comma >= 0 && dot >= 0) {
                if (comma > dot) commaVotes++;
                else dotVotes++;
            } else if (comma >= 0) {
                if (!text.matches("-?\\d{1,3}(,\\d{3})+")) commaVotes++;
            } else if (dot >= 0) {
                if (!text.matches("-?\\d{1,3}(\\.\\d{3})+")) dotVotes++;
            }
        }

        SheetInspection inspection() {
            List<String> headers = header.texts();
            boolean french = Headers.looksFrench(headers);
            CsvDialect dialect = source.csvDialect();
            DecimalSeparator decimal = commaVotes > dotVotes ? DecimalSeparator.COMMA
                    : dotVotes > commaVotes ? DecimalSeparator.DOT
                    : localeDecimal(dialect, french);
            DateOrder fallback = localeDateOrder(dialect, french);
            DateOrder evidence = null;
            boolean settled = true;
            if (guess.layout() == Layout.WIDE) {
                List<CellValue> dateCells = new ArrayList<>();
                boolean ambiguous = false;
                for (int i = 0; i < guess.dateHeader().size(); i++) {
                    if (!guess.dateHeader().get(i)) continue;
                    CellValue cell = header.cells().get(i);
                    dateCells.add(cell);
                    if (cell.kind() == CellValue.Kind.TEXT && DateText.parse(cell.text()).ambiguous()) ambiguous = true;
                }
                evidence = Headers.headerDateEvidence(dateCells);
                settled = evidence != null || !ambiguous;
            } else {
                for (DateEvidence column : dateColumns.values()) {
                    if (column.order != null && evidence == null) evidence = column.order;
                    if (column.order == null && column.ambiguous > 0) settled = false;
                }
            }
            DateOrder dateOrder = evidence != null ? evidence : fallback;
            String shapeKey = Headers.shapeKey(guess.layout(), headers, guess.dateHeader());
            Dataset dataset = guess.dataset();
            Layout layout = guess.layout();
            Map<Field, String> columns = new EnumMap<>(Field.class);
            for (Map.Entry<Field, Integer> column : guess.columns().entrySet()) {
                columns.put(column.getKey(), headers.get(column.getValue()));
            }
            List<String> unmapped = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).isBlank() || guess.columns().containsValue(i)) continue;
                if (i < guess.dateHeader().size() && guess.dateHeader().get(i)) continue;
                unmapped.add(headers.get(i));
            }
            List<Field> missing = new ArrayList<>();
            if (dataset != null) {
                for (Field required : Field.requiredFields(dataset, layout)) {
                    if (!columns.containsKey(required)) missing.add(required);
                }
            }
            SheetMapping proposed = new SheetMapping(sheet, dataset, layout, (int) header.rowNumber(), columns,
                    Map.of(), dataset == null, decimal, dateOrder, shapeKey);
            return new SheetInspection(sheet, dataset, layout, (int) header.rowNumber(), headers, preview,
                    proposed, unmapped, missing, shapeKey, decimal, dateOrder, settled, sampled > 0);
        }
    }

    static DecimalSeparator localeDecimal(CsvDialect dialect, boolean frenchHeaders) {
        if (dialect != null && dialect.separator() == ';') return DecimalSeparator.COMMA;
        if (dialect != null && dialect.separator() == ',') return DecimalSeparator.DOT;
        return frenchHeaders ? DecimalSeparator.COMMA : DecimalSeparator.DOT;
    }

    static DateOrder localeDateOrder(CsvDialect dialect, boolean frenchHeaders) {
        boolean semicolon = dialect != null && dialect.separator() == ';';
        return semicolon || frenchHeaders ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }

    /** What a date column's values say about day/month order. */
    static final class DateEvidence {
        DateOrder order;
        int ambiguous;

        void add(DateText.Parsed parsed) {
            if (order == null) order = parsed.evidence();
            if (parsed.ambiguous()) ambiguous++;
        }
    }
}
