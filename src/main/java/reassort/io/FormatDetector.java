package reassort.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file is from its first bytes, never from its extension alone, and opens the matching reader or
 * refuses the file with a reason and a hint: password-protected workbooks, damaged files, OpenDocument, PDF,
 * binary data named .csv, empty files.
 */
final class FormatDetector {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 1 << 20;
    private static final int SEPARATOR_SAMPLE_LINES = 50;
    private static final char[] SEPARATORS = {';', '\t', ',', '|'};

    private FormatDetector() {}

    static WorkbookSource open(Path file, Character separatorOverride, Charset charsetOverride) {
        if (!Files.exists(file)) {
            throw new SpreadsheetRefusedException(file, "cannot be found at " + file.toAbsolutePath().getParent()
                    + ". Check the path and the file name.");
        }
        if (!Files.isRegularFile(file)) {
            throw new SpreadsheetRefusedException(file, "is a folder, not a file. Choose the spreadsheet itself.");
        }
        byte[] head = head(file);
        if (head.length == 0) {
            throw new SpreadsheetRefusedException(file, "is empty (0 bytes). Check you exported the right file"
                    + " and that the export finished.");
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6) || startsWith(head, 'P', 'K', 7, 8)) {
            return openZip(file);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return openOle2(file);
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new SpreadsheetRefusedException(file, "is a PDF document, not a spreadsheet. Export the data from"
                    + " its source as .xlsx or .csv and import that.");
        }
        if (startsWith(head, '{', '\\', 'r', 't', 'f')) {
            throw new SpreadsheetRefusedException(file, "is an RTF document, not a spreadsheet. Save the data as"
                    + " .xlsx or .csv and import that.");
        }
        refuseMarkup(file, head);
        return openText(file, head, separatorOverride, charsetOverride);
    }

    private static WorkbookSource openZip(Path file) {
        ZipGuard.Contents contents = ZipGuard.check(file);
        String mimetype = contents.mimetype() == null ? "" : contents.mimetype();
        if (mimetype.startsWith("application/vnd.oasis.opendocument")) {
            String kind = mimetype.contains("spreadsheet") ? "an OpenDocument spreadsheet (.ods)"
                    : "an OpenDocument file (" + mimetype.substring(mimetype.lastIndexOf('.') + 1) + ")";
            throw new SpreadsheetRefusedException(file, "is " + kind + ", which Reassort does not read. Open it in"
                    + " LibreOffice or Excel, save it as .xlsx (Excel workbook) or .csv, and import again.");
        }
        if (contents.has("xl/workbook.xml") || contents.has("xl/workbook2.xml")) {
            return XlsxSource.open(file);
        }
        if (contents.has("xl/workbook.bin")) {
            throw new SpreadsheetRefusedException(file, "is an Excel binary workbook (.xlsb), which Reassort does"
                    + " not read. Open it in Excel and save it as .xlsx, then import again.");
        }
        if (contents.has("word/document.xml")) {
            throw new SpreadsheetRefusedException(file, "is a Word document, not a spreadsheet. Export the data as"
                    + " .xlsx or .csv and import that.");
        }
        throw new SpreadsheetRefusedException(file, "is a zip archive but not an Excel workbook (no xl/workbook.xml"
                + " inside). If it holds spreadsheets, unzip it and import them one by one.");
    }

    private static WorkbookSource openOle2(Path file) {
        POIFSFileSystem fileSystem;
        try {
            fileSystem = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            WorkbookSource.rethrowIfCancelled(e);
            throw ZipGuard.damaged(file, "its Office container cannot be read (" + Text.shown(String.valueOf(
                    e.getMessage())) + ")", e);
        }
        DirectoryNode root = fileSystem.getRoot();
        try {
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw XlsSource.passwordProtected(file, null);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK")) {
                return XlsSource.open(file, fileSystem);
            }
            if (root.hasEntry("Book") || root.hasEntry("BOOK")) {
                throw new SpreadsheetRefusedException(file, "was saved by Excel 95 or older, which Reassort does"
                        + " not read. Open it in Excel and save it as .xlsx, then import again.");
            }
            if (root.hasEntry("WordDocument")) {
                throw new SpreadsheetRefusedException(file, "is a Word document, not a spreadsheet. Export the"
                        + " data as .xlsx or .csv and import that.");
            }
            throw new SpreadsheetRefusedException(file, "is an Office file but not an Excel workbook. Export the"
                    + " data as .xlsx or .csv and import that.");
        } catch (EncryptedDocumentException e) {
            closeQuietly(fileSystem);
            throw XlsSource.passwordProtected(file, e);
        } catch (RuntimeException e) {
            closeQuietly(fileSystem);
            throw e;
        }
    }

    private static void closeQuietly(POIFSFileSystem fileSystem) {
        try {
            fileSystem.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing left to do
        }
    }

    private static WorkbookSource openText(Path file, byte[] head, Character separatorOverride,
            Charset charsetOverride) {
        int bomBytes = 0;
        Charset detected;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bomBytes = 3;
            detected = StandardCharsets.UTF_8;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            bomBytes = 2;
            detected = StandardCharsets.UTF_16LE;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            bomBytes = 2;
            detected = StandardCharsets.UTF_16BE;
        } else {
            refuseBinary(file, head);
            detected = isUtf8(head, head.length == SNIFF_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        Charset charset = charsetOverride != null ? charsetOverride : detected;
        String text = new String(head, bomBytes, head.length - bomBytes, charset);
        if (bomBytes == 2) refuseBinary(file, text);
        boolean sepLine = false;
        char separator;
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.length() == 5 && firstLine.toLowerCase(Locale.ROOT).startsWith("sep=")) {
            sepLine = true;
            separator = firstLine.charAt(4);
            text = text.substring(text.indexOf(firstLine) + firstLine.length());
        } else {
            separator = guessSeparator(text);
        }
        if (separatorOverride != null) separator = separatorOverride;
        return new CsvSource(file, new CsvDialect(separator, charset, bomBytes > 0), bomBytes, sepLine);
    }

    /** Web pages and XML saved under a spreadsheet name ("export to Excel" buttons often do that). */
    private static void refuseMarkup(Path file, byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")) {
            throw new SpreadsheetRefusedException(file, "is a web page (HTML), not a spreadsheet, though it may open"
                    + " in Excel. Open it in Excel, save it as .xlsx (Excel workbook), and import that.");
        }
        if (start.startsWith("<?xml")) {
            throw new SpreadsheetRefusedException(file, start.contains("urn:schemas-microsoft-com:office:spreadsheet")
                    ? "is an Excel 2003 XML spreadsheet, which Reassort does not read. Open it in Excel, save it as"
                    + " .xlsx, and import that."
                    : "is an XML file, not a spreadsheet. Export the data as .xlsx or .csv and import that.");
        }
    }

    /** A text file has no NUL byte and hardly any control character besides tab, CR, LF and form feed. */
    private static void refuseBinary(Path file, byte[] head) {
        int controls = 0;
        for (int i = 0; i < Math.min(head.length, 1 << 16); i++) {
            int b = head[i] & 0xFF;
            if (b == 0) throw notText(file, i);
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) controls++;
        }
        if (controls > 8 && controls * 100L > Math.min(head.length, 1 << 16)) throw notText(file, -1);
    }

    private static void refuseBinary(Path file, String text) {
        int controls = 0;
        int length = Math.min(text.length(), 1 << 15);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) throw notText(file, -1);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') controls++;
        }
        if (controls > 8 && controls * 100L > length) throw notText(file, -1);
    }

    private static SpreadsheetRefusedException notText(Path file, int offset) {
        return new SpreadsheetRefusedException(file, "is not a text file (binary data"
                + (offset >= 0 ? " at byte " + offset : "") + "), so it cannot be read as CSV. Maybe it is another"
                + " kind of file renamed; export the data as .xlsx or .csv and import that.");
    }

    private static boolean isUtf8(byte[] head, boolean truncated) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (!truncated) {
            try {
                decoder.decode(ByteBuffer.wrap(head));
                return true;
            } catch (CharacterCodingException e) {
                return false;
            }
        }
        CharBuffer out = CharBuffer.allocate(head.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), out, false);
        return !result.isError();
    }

    /**
     * The separator that splits the most sampled lines into the same number of fields (counting outside quotes;
     * lines without it, such as a title above the headers, do not count); on a tie, the one giving more fields,
     * then semicolon, tab, comma, pipe in that order.
     */
    static char guessSeparator(String text) {
        int[][] counts = new int[SEPARATORS.length][SEPARATOR_SAMPLE_LINES];
        int lines = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines < SEPARATOR_SAMPLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                lines++;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) counts[s][lines]++;
                }
            }
        }
        int sampled = Math.min(lines + 1, SEPARATOR_SAMPLE_LINES);
        int best = -1;
        long bestScore = 0;
        for (int s = 0; s < SEPARATORS.length; s++) {
            Map<Integer, Integer> frequency = new HashMap<>();
            for (int line = 0; line < sampled; line++) {
                if (counts[s][line] > 0) frequency.merge(counts[s][line], 1, Integer::sum);
            }
            for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
                long score = entry.getValue() * 10_000L + Math.min(entry.getKey(), 9_999);
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
        }
        return best < 0 ? ',' : SEPARATORS[best];
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            WorkbookSource.rethrowIfCancelled(e);
            throw new SpreadsheetRefusedException(file, "cannot be read (" + Text.shown(e.getMessage()) + "). Check"
                    + " the file is not open in another program and that you may read it.", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) return false;
        }
        return true;
    }
}
