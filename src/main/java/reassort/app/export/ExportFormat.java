package reassort.app.export;

import java.util.Locale;
import reassort.io.write.CsvConvention;

/** What an order export is written as: an Excel workbook, or CSV in the French or English convention. */
public enum ExportFormat {
    XLSX("xlsx", null),
    CSV_FR("csv", CsvConvention.frenchUtf8()),
    CSV_EN("csv", CsvConvention.english());

    private final String extension;
    private final CsvConvention convention;

    ExportFormat(String extension, CsvConvention convention) {
        this.extension = extension;
        this.convention = convention;
    }

    public String extension() {
        return extension;
    }

    public boolean isCsv() {
        return convention != null;
    }

    /** The CSV convention, null for XLSX. French CSV is UTF-8 with a byte-order mark: what the importer reads back. */
    public CsvConvention convention() {
        return convention;
    }

    /** The language a CSV's headers are in; an XLSX takes the language asked for. */
    public ExportLanguage languageOr(ExportLanguage asked) {
        return switch (this) {
            case CSV_FR -> ExportLanguage.FRENCH;
            case CSV_EN -> ExportLanguage.ENGLISH;
            case XLSX -> asked;
        };
    }

    /** {@code xlsx}, {@code csv-fr} or {@code csv-en}, case-insensitive. */
    public static ExportFormat parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "xlsx" -> XLSX;
            case "csv-fr", "csv_fr" -> CSV_FR;
            case "csv-en", "csv_en", "csv" -> CSV_EN;
            default -> throw new IllegalArgumentException("Export format \"" + text
                    + "\" is not known. Maybe use xlsx, csv-fr or csv-en.");
        };
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
