package reassort.io.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import reassort.domain.Require;

/**
 * How a CSV file spells its values: field separator, decimal separator, date pattern, yes/no words, character
 * set, byte-order mark and line ending. The French convention is what French Excel reads and writes; the
 * English one is what most other tools expect.
 */
public record CsvConvention(
        char separator,
        char decimalSeparator,
        String datePattern,
        String yes,
        String no,
        Charset charset,
        boolean byteOrderMark,
        String lineEnding) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public CsvConvention {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("The field separator cannot be a quote or a line break. Maybe use ';' or ','.");
        }
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("Decimal separator '" + decimalSeparator + "' is neither '.' nor ','.");
        }
        if (separator == decimalSeparator) {
            throw new IllegalArgumentException("Field separator and decimal separator are both '" + separator
                    + "'. Maybe use ';' as separator with decimal commas.");
        }
        Require.code(datePattern, "Date pattern");
        DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
        Require.code(yes, "Word for yes");
        Require.code(no, "Word for no");
        Require.present(charset, "Character set");
        if (byteOrderMark && !charset.equals(StandardCharsets.UTF_8)) {
            throw new IllegalArgumentException("A byte-order mark is only written for UTF-8, not " + charset.name() + ".");
        }
        if (!"\r\n".equals(lineEnding) && !"\n".equals(lineEnding)) {
            throw new IllegalArgumentException("Line ending must be CRLF or LF. Maybe use \"\\r\\n\".");
        }
    }

    /** {@code ;}, decimal comma, {@code dd/MM/yyyy}, oui/non, UTF-8 with byte-order mark (so Excel detects it), CRLF. */
    public static CsvConvention frenchUtf8() {
        return new CsvConvention(';', ',', "dd/MM/yyyy", "oui", "non", StandardCharsets.UTF_8, true, "\r\n");
    }

    /** As {@link #frenchUtf8()} but in Windows-1252, the encoding of legacy French exports. */
    public static CsvConvention frenchWindows1252() {
        return new CsvConvention(';', ',', "dd/MM/yyyy", "oui", "non", WINDOWS_1252, false, "\r\n");
    }

    /** {@code ,}, decimal point, ISO dates, yes/no, UTF-8 without byte-order mark, CRLF (RFC 4180). */
    public static CsvConvention english() {
        return new CsvConvention(',', '.', "yyyy-MM-dd", "yes", "no", StandardCharsets.UTF_8, false, "\r\n");
    }

    public CsvConvention withCharset(Charset newCharset, boolean withByteOrderMark) {
        return new CsvConvention(separator, decimalSeparator, datePattern, yes, no, newCharset, withByteOrderMark, lineEnding);
    }

    public CsvConvention withLineEnding(String newLineEnding) {
        return new CsvConvention(separator, decimalSeparator, datePattern, yes, no, charset, byteOrderMark, newLineEnding);
    }
}
