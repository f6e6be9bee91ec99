package reassort.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import reassort.domain.Dataset;

/**
 * What an import read: records handed to the sink per dataset, data rows read and rejected, warnings, every issue
 * counted ({@code issueCount}) and the first {@value #MAX_KEPT_ISSUES} kept ({@code issues}), in file order.
 * Sheets left out (skipped, unrecognised, or missing a required column) have an issue on row 0 or on their header
 * row saying why.
 */
public record ReadResult(
        Map<Dataset, Long> recordsRead,
        long rowsRejected,
        long warningCount,
        long issueCount,
        List<ImportIssue> issues,
        Path file,
        long rowsRead,
        long errorCount) {
    public static final int MAX_KEPT_ISSUES = 10_000;

    public ReadResult {
        EnumMap<Dataset, Long> copy = new EnumMap<>(Dataset.class);
        copy.putAll(recordsRead);
        recordsRead = Collections.unmodifiableMap(copy);
        issues = List.copyOf(issues);
    }

    public long records(Dataset dataset) {
        return recordsRead.getOrDefault(dataset, 0L);
    }

    public long totalRecords() {
        return recordsRead.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when more issues were counted than kept. */
    public boolean issuesTruncated() {
        return issueCount > issues.size();
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    /**
     * Writes the kept issues as a CSV report a French planner opens in Excel by double-click: UTF-8 with a
     * byte-order mark, ';' separators, one issue per line. Values that Excel would run as formulas (starting with
     * =, +, @ or a minus not followed by a digit) are prefixed with an apostrophe.
     */
    public void writeReport(Path report) {
        try (OutputStream out = Files.newOutputStream(report)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF)
                    .build(writer)) {
                csv.writeRecord("File", "Sheet", "Row", "Column", "Value", "Reason", "Severity");
                for (ImportIssue issue : issues) {
                    csv.writeRecord(safe(issue.file()), safe(issue.sheet()),
                            issue.row() > 0 ? Long.toString(issue.row()) : "", safe(issue.column()),
                            safe(issue.value()), safe(issue.reason()), issue.severity().name());
                }
                if (issuesTruncated()) {
                    csv.writeRecord(safe(SpreadsheetRefusedException.fileName(file)), "", "", "", "",
                            (issueCount - issues.size()) + " more issues were counted but not listed (the first "
                                    + issues.size() + " are).", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the import report " + report + ": " + e.getMessage()
                    + ". Maybe the file is open in Excel; close it and try again.", e);
        }
    }

    /** Keeps Excel from running a cell of the report as a formula. */
    static String safe(String value) {
        if (value.isEmpty()) return value;
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || (first == '-' && (value.length() == 1 || !Character.isDigit(value.charAt(1))));
        return formulaLike ? "'" + value : value;
    }
}
