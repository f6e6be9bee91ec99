package reassort.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static reassort.io.TestFiles.row;
import static reassort.io.TestFiles.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.ProgressListener;

/** Files the importer refuses, each with a message naming the file, the reason and a hint. */
class RefusalTest {
    @TempDir
    Path dir;

    private final SpreadsheetImport importer = TestFiles.importer();

    private Path salesWorkbook(String name) throws IOException {
        return TestFiles.xlsx(dir.resolve(name), sheet("Ventes",
                row("Date", "SKU", "Location", "Channel", "Quantity"),
                row(LocalDate.of(2025, 1, 6), "A", "S1", "WEB", 2)));
    }

    /** Both entry points refuse the file with the same reason. */
    private void assertRefused(Path file, String... fragments) {
        for (int entry = 0; entry < 3; entry++) {
            final int which = entry;
            assertThatThrownBy(() -> {
                switch (which) {
                    case 0 -> importer.inspect(file, 5);
                    case 1 -> importer.read(file, null, record -> {}, ProgressListener.NONE);
                    default -> importer.bareParse(file, ProgressListener.NONE);
                }
            }).as("entry point %d", which)
                    .isInstanceOf(SpreadsheetRefusedException.class)
                    .hasMessageStartingWith(file.getFileName().toString() + " ")
                    .hasMessageContainingAll(fragments);
        }
    }

    @Test
    void passwordProtectedXlsxIsRefused() throws Exception {
        Path plain = salesWorkbook("plain.xlsx");
        Path encrypted = dir.resolve("ventes.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                    OutputStream out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        assertRefused(encrypted, "is password-protected", "Remove the password in Excel");
    }

    @Test
    void passwordProtectedXlsIsRefused() throws Exception {
        Path encrypted = dir.resolve("ventes.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Ventes").createRow(0).createCell(0).setCellValue("SKU");
            workbook.getSheetAt(0).createRow(1).createCell(0).setCellValue("A");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                workbook.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }

        assertRefused(encrypted, "is password-protected");
    }

    @Test
    void truncatedXlsxIsRefusedAsDamaged() throws Exception {
        Path whole = salesWorkbook("whole.xlsx");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("ventes.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(truncated, "is damaged or incomplete", "save it again");
    }

    @Test
    void truncatedXlsIsRefusedAsDamaged() throws Exception {
        Path whole = TestFiles.xls(dir.resolve("whole.xls"), sheet("Ventes",
                row("Date", "SKU", "Location", "Channel", "Quantity"), row("2025-01-06", "A", "S1", "WEB", 2)));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("ventes.xls"), java.util.Arrays.copyOf(bytes, 1024));

        assertRefused(truncated, "is damaged or incomplete");
    }

    @Test
    void zipBombIsRefusedBeforeParsing() throws Exception {
        Path bomb = rewriteEntry(salesWorkbook("plain.xlsx"), "bomb.xlsx", "xl/worksheets/sheet1.xml",
                original -> {
                    // 20 MB of blanks inside the sheet: it deflates about 1000 to 1.
                    String text = new String(original, StandardCharsets.UTF_8);
                    int at = text.indexOf("<sheetData>");
                    return (text.substring(0, at) + " ".repeat(20 << 20) + text.substring(at))
                            .getBytes(StandardCharsets.UTF_8);
                });

        assertRefused(bomb, "zip bomb", "expands more than 100 times");
    }

    @Test
    void billionLaughsDoctypeInASheetIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) dtd.append("&lol").append(i == 1 ? "" : i - 1).append(';');
            dtd.append("\">");
        }
        dtd.append("]>");
        Path laughs = rewriteEntry(salesWorkbook("plain.xlsx"), "laughs.xlsx", "xl/worksheets/sheet1.xml",
                original -> {
                    String text = new String(original, StandardCharsets.UTF_8);
                    text = text.replaceFirst("\\?>", "?>" + dtd);
                    text = text.replaceFirst("<c r=\"B2\"[^>]*>.*?</c>",
                            "<c r=\"B2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>");
                    return text.getBytes(StandardCharsets.UTF_8);
                });

        assertRefused(laughs, "declares a DTD", "xl/worksheets/sheet1.xml");
    }

    @Test
    void theSheetParserItselfNeitherExpandsEntitiesNorReadsExternalOnes() throws Exception {
        // Past the guard, as a second line of defence: the XML reader of the sheet must not process a DTD.
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path crafted = rewriteEntry(salesWorkbook("plain.xlsx"), "xxe.xlsx", "xl/worksheets/sheet1.xml",
                original -> {
                    String text = new String(original, StandardCharsets.UTF_8);
                    text = text.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
                            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                            + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>");
                    text = text.replaceFirst("<c r=\"B2\"[^>]*>.*?</c>",
                            "<c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;&lol2;</t></is></c>");
                    return text.getBytes(StandardCharsets.UTF_8);
                });
        List<String> seen = new ArrayList<>();

        try (XlsxSource source = XlsxSource.open(crafted)) {
            assertThatThrownBy(() -> source.readSheet(0, (row, cells) -> {
                cells.forEach(cell -> seen.add(cell.text()));
                return true;
            })).isInstanceOf(SpreadsheetRefusedException.class).hasMessageContaining("cannot be read");
        }
        assertThat(seen).noneMatch(text -> text.contains("TOP-SECRET") || text.contains("lollol"));
    }

    @Test
    void doctypeHiddenBehindALongCommentIsRefusedToo() throws Exception {
        Path padded = rewriteEntry(salesWorkbook("plain.xlsx"), "padded.xlsx", "xl/worksheets/sheet1.xml",
                original -> {
                    String text = new String(original, StandardCharsets.UTF_8);
                    String comment = "<!--" + "x".repeat(10_000) + "-->";
                    return text.replaceFirst("\\?>", "?>" + comment + "<!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\">")
                            .getBytes(StandardCharsets.UTF_8);
                });

        assertRefused(padded, "declares a DTD");
    }

    @Test
    void openDocumentSpreadsheetIsRefusedWithAHintToSaveAsXlsx() throws Exception {
        Path ods = dir.resolve("ventes.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<?xml version=\"1.0\"?><office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }

        assertRefused(ods, "OpenDocument spreadsheet (.ods)", "save it as .xlsx");
    }

    @Test
    void randomBytesNamedCsvAreRefusedAsNotText() throws Exception {
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("ventes.csv"), noise);

        assertRefused(file, "is not a text file");
    }

    @Test
    void pdfNamedXlsxIsRefused() throws Exception {
        Path file = Files.write(dir.resolve("ventes.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(file, "is a PDF document");
    }

    @Test
    void webPageNamedXlsIsRefused() throws Exception {
        Path file = TestFiles.utf8(dir.resolve("export.xls"), "<html><body><table><tr><td>SKU</td></tr></table>");

        assertRefused(file, "is a web page (HTML)", "save it as .xlsx");
    }

    @Test
    void excel2003XmlSpreadsheetIsRefused() throws Exception {
        Path file = TestFiles.utf8(dir.resolve("export.xls"), "<?xml version=\"1.0\"?>\n<Workbook"
                + " xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>");

        assertRefused(file, "Excel 2003 XML spreadsheet");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = Files.write(dir.resolve("ventes.csv"), new byte[0]);

        assertRefused(file, "is empty (0 bytes)");
    }

    @Test
    void workbookWithOnlyHeadersIsRefusedNotReadAsZeroRows() throws Exception {
        Path file = TestFiles.xlsx(dir.resolve("ventes.xlsx"),
                sheet("Ventes", row("Date", "SKU", "Location", "Channel", "Quantity")), sheet("Vide"));

        assertThatThrownBy(() -> importer.inspect(file, 5))
                .isInstanceOf(SpreadsheetRefusedException.class)
                .hasMessage("ventes.xlsx has no data rows: only headers in sheet Ventes. Check the export holds"
                        + " data (a filter or an empty period?).");
        assertThatThrownBy(() -> importer.read(file, null, record -> {}, ProgressListener.NONE))
                .isInstanceOf(SpreadsheetRefusedException.class).hasMessageContaining("has no data rows");
    }

    @Test
    void workbookWithoutAnyCellIsRefused() throws Exception {
        Path file = TestFiles.xls(dir.resolve("vide.xls"), sheet("Feuil1"), sheet("Feuil2"));

        assertThatThrownBy(() -> importer.inspect(file, 5))
                .isInstanceOf(SpreadsheetRefusedException.class).hasMessageContaining("every sheet is empty");
    }

    @Test
    void csvWithOnlyAHeaderLineIsRefused() throws Exception {
        Path file = TestFiles.utf8(dir.resolve("ventes.csv"), "Date;Article;Magasin;Canal;Qté\r\n\r\n");

        assertThatThrownBy(() -> importer.inspect(file, 5))
                .isInstanceOf(SpreadsheetRefusedException.class).hasMessageStartingWith("ventes.csv has no data rows");
        assertThatThrownBy(() -> importer.read(file, null, record -> {}, ProgressListener.NONE))
                .isInstanceOf(SpreadsheetRefusedException.class).hasMessageStartingWith("ventes.csv has no data rows");
    }

    @Test
    void missingFileIsRefusedNamingIt() {
        Path file = dir.resolve("absent.xlsx");

        assertThatThrownBy(() -> importer.inspect(file, 5))
                .isInstanceOf(SpreadsheetRefusedException.class).hasMessageStartingWith("absent.xlsx cannot be found");
    }

    @Test
    void wordDocumentInsideAZipIsNotTakenForAWorkbook() throws Exception {
        Path docx = dir.resolve("notes.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }

        assertRefused(docx, "is a Word document");
    }

    interface Rewrite {
        byte[] apply(byte[] original) throws IOException;
    }

    /** Copies a zip, replacing one entry's content. */
    private Path rewriteEntry(Path source, String name, String entryName, Rewrite rewrite) throws IOException {
        Path target = dir.resolve(name);
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            List<? extends ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
            for (ZipEntry entry : entries) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) content = rewrite.apply(content);
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return target;
    }
}
