package reassort.app.export;

import java.util.Locale;

/**
 * The language of an export's headers and its date format: French (day first, as French planners and French Excel
 * read dates) or English (ISO dates, unambiguous everywhere). Numbers are typed cells in XLSX, so Excel shows them
 * with the reader's own separators.
 */
public enum ExportLanguage {
    FRENCH("dd/mm/yyyy"),
    ENGLISH("yyyy-mm-dd");

    private final String excelDateFormat;

    ExportLanguage(String excelDateFormat) {
        this.excelDateFormat = excelDateFormat;
    }

    public String excelDateFormat() {
        return excelDateFormat;
    }

    /** French for a French-speaking locale, English otherwise. */
    public static ExportLanguage of(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    public static ExportLanguage parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "fr", "french", "francais", "français" -> FRENCH;
            case "en", "english" -> ENGLISH;
            default -> throw new IllegalArgumentException("Language \"" + text + "\" is not known. Maybe use fr or en.");
        };
    }

    /** The French or the English of a word pair. */
    String pick(String french, String english) {
        return this == FRENCH ? french : english;
    }
}
