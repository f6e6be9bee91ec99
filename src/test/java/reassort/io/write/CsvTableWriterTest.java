package reassort.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableWriterTest {
    private static final List<Column> COLUMNS = List.of(
            Column.text("Code article"),
            Column.number("CA", 2),
            Column.integer("Quantité"),
            Column.date("Date"),
            Column.bool("Confirmée"));

    @TempDir
    Path dir;

    private Path write(CsvConvention convention, List<Column> columns, Object[]... rows) throws IOException {
        Path file = dir.resolve("out.csv");
        try (CsvTableWriter csv = CsvTableWriter.create(file, convention, columns)) {
            for (Object[] row : rows) {
                csv.row(row);
            }
            csv.commit();
        }
        return file;
    }

    private static List<CsvRecord> read(Path file, char separator, java.nio.charset.Charset charset) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true)
                .ofCsvRecord(file, charset)) {
            return reader.stream().toList();
        }
    }

    @Test
    void frenchConventionWritesSemicolonsDecimalCommasDayFirstDatesOuiNonWithBomAndCrlf() throws IOException {
        Path file = write(CsvConvention.frenchUtf8(), COLUMNS,
                new Object[] {"Poêle 28 cm", 1234.5, 3, LocalDate.of(2026, 2, 7), true},
                new Object[] {"Mug", -12.0, -2, LocalDate.of(2025, 12, 31), false});

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Code article;CA;Quantité;Date;Confirmée\r\n"
                        + "Poêle 28 cm;1234,50;3;07/02/2026;oui\r\n"
                        + "Mug;-12,00;-2;31/12/2025;non\r\n");
        List<CsvRecord> records = read(file, ';', StandardCharsets.UTF_8);
        assertThat(records.get(0).getFields()).containsExactly("Code article", "CA", "Quantité", "Date", "Confirmée");
        assertThat(records.get(1).getFields()).containsExactly("Poêle 28 cm", "1234,50", "3", "07/02/2026", "oui");
    }

    @Test
    void englishConventionWritesCommasDecimalPointsIsoDatesYesNoWithoutBom() throws IOException {
        Path file = write(CsvConvention.english(), COLUMNS, new Object[] {"Mug", 9.9, 12L, LocalDate.of(2026, 2, 7), true});

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "Code article,CA,Quantité,Date,Confirmée\r\nMug,9.90,12,2026-02-07,yes\r\n");
    }

    @Test
    void windows1252WritesOneBytePerAccentedLetterAndNoBom() throws IOException {
        Path file = write(CsvConvention.frenchWindows1252(), List.of(Column.text("Libellé")),
                new Object[] {"Cœur d'été à 5 €"});

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 'L');
        // é = E9, œ = 9C, € = 80 in Windows-1252; UTF-8 would need two or three bytes each.
        assertThat(bytes).contains(0xE9, 0x9C, 0x80);
        assertThat(read(file, ';', CsvConvention.WINDOWS_1252).get(1).getField(0)).isEqualTo("Cœur d'été à 5 €");
    }

    @Test
    void textThatWindows1252CannotHoldFailsWithAHint() {
        assertThatThrownBy(() -> write(CsvConvention.frenchWindows1252(), List.of(Column.text("Libellé")),
                        new Object[] {"Tasse ☕"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Tasse ☕")
                .hasMessageContaining("row 1")
                .hasMessageContaining("windows-1252")
                .hasMessageContaining("UTF-8");
        assertThat(dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+33 6 12", "-5", "@SUM(A1:A9)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\")"})
    void textThatASpreadsheetWouldEvaluateGetsALeadingQuote(String dangerous) throws IOException {
        Path file = write(CsvConvention.frenchUtf8(), List.of(Column.text("Libellé"), Column.number("CA", 2)),
                new Object[] {dangerous, -5});

        CsvRecord record = read(file, ';', StandardCharsets.UTF_8).get(1);
        assertThat(record.getField(0)).isEqualTo("'" + dangerous);
        assertThat(record.getField(1)).isEqualTo("-5,00");
    }

    @Test
    void harmlessTextIsWrittenAsIs() throws IOException {
        Path file = write(CsvConvention.frenchUtf8(), List.of(Column.text("Libellé")),
                new Object[] {"Set de 6 verres"}, new Object[] {"a=b"}, new Object[] {""});

        assertThat(read(file, ';', StandardCharsets.UTF_8).stream().map(r -> r.getField(0)))
                .containsExactly("Libellé", "Set de 6 verres", "a=b", "");
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedAndReadBackIntact() throws IOException {
        List<String> tricky = List.of("a;b", "dit \"bonjour\"", "deux\nlignes", "virgule, ici");
        Path file = write(CsvConvention.frenchUtf8(), List.of(Column.text("Nom")),
                tricky.stream().map(t -> new Object[] {t}).toArray(Object[][]::new));

        assertThat(read(file, ';', StandardCharsets.UTF_8).stream().skip(1).map(r -> r.getField(0)))
                .containsExactlyElementsOf(tricky);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.345 | 2 | 2,35",
        "2.344 | 2 | 2,34",
        "-0.001 | 2 | 0,00",
        "1234567.891 | 1 | 1234567,9",
        "7 | 0 | 7",
        "0.1 | 3 | 0,100"
    })
    void numbersAreRoundedHalfUpToTheColumnDecimals(double value, int decimals, String expected) throws IOException {
        Path file = write(CsvConvention.frenchUtf8(), List.of(Column.number("Valeur", decimals)), new Object[] {value});

        assertThat(read(file, ';', StandardCharsets.UTF_8).get(1).getField(0)).isEqualTo(expected);
    }

    @Test
    void emptyCellsStayEmpty() throws IOException {
        Path file = write(CsvConvention.frenchUtf8(), COLUMNS, new Object[] {null, null, null, null, null});

        assertThat(read(file, ';', StandardCharsets.UTF_8).get(1).getFields()).containsExactly("", "", "", "", "");
    }

    @Test
    void aValueOfTheWrongTypeNamesRowAndColumn() {
        assertThatThrownBy(() -> write(CsvConvention.frenchUtf8(), COLUMNS,
                        new Object[] {"A", 1.0, 1, LocalDate.of(2026, 1, 1), true},
                        new Object[] {"B", 1.0, 2.5, LocalDate.of(2026, 1, 1), true}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 2")
                .hasMessageContaining("Quantité")
                .hasMessageContaining("2.5");
        assertThatThrownBy(() -> write(CsvConvention.frenchUtf8(), COLUMNS, new Object[] {"A", "1,5", 1, null, null}))
                .hasMessageContaining("column CA expects a number");
        assertThatThrownBy(() -> write(CsvConvention.frenchUtf8(), COLUMNS, new Object[] {"A", Double.NaN, 1, null, null}))
                .hasMessageContaining("not a finite number");
    }

    @Test
    void aRowWithTheWrongNumberOfValuesFails() {
        assertThatThrownBy(() -> write(CsvConvention.frenchUtf8(), COLUMNS, new Object[] {"A", 1.0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 1 has 2 values but the table has 5 columns");
    }

    @Test
    void aFailureMidWriteLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("ventes.csv");
        assertThatThrownBy(() -> {
                    try (CsvTableWriter csv = CsvTableWriter.create(file, CsvConvention.frenchUtf8(), COLUMNS)) {
                        for (int i = 0; i < 50_000; i++) {
                            csv.row("A" + i, i * 1.5, i, LocalDate.of(2026, 1, 1), true);
                        }
                        csv.row("B", 1.0, "not a number", LocalDate.of(2026, 1, 1), true);
                        csv.commit();
                    }
                })
                .isInstanceOf(IllegalArgumentException.class);

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFailedRewriteKeepsThePreviousFile() throws IOException {
        Path file = write(CsvConvention.frenchUtf8(), COLUMNS, new Object[] {"old", 1.0, 1, LocalDate.of(2026, 1, 1), true});
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> {
                    try (CsvTableWriter csv = CsvTableWriter.create(file, CsvConvention.frenchUtf8(), COLUMNS)) {
                        csv.row("new", 2.0, 2, LocalDate.of(2026, 1, 2), false);
                        throw new IllegalStateException("the caller failed");
                    }
                })
                .hasMessage("the caller failed");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aCommittedWriteReplacesThePreviousFile() throws IOException {
        write(CsvConvention.frenchUtf8(), List.of(Column.text("A")), new Object[] {"old"});
        Path file = write(CsvConvention.frenchUtf8(), List.of(Column.text("A")), new Object[] {"new"});

        assertThat(read(file, ';', StandardCharsets.UTF_8).get(1).getField(0)).isEqualTo("new");
    }

    @Test
    void rowsAfterAFailedRowAreRefused() throws IOException {
        try (CsvTableWriter csv = CsvTableWriter.create(dir.resolve("x.csv"), CsvConvention.english(), COLUMNS)) {
            assertThatThrownBy(() -> csv.row("A")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> csv.row("A", 1, 1, null, null)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(csv::commit).isInstanceOf(IllegalStateException.class);
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingFolderFailsWithAHint() {
        assertThatThrownBy(() -> CsvTableWriter.create(dir.resolve("nope/x.csv"), CsvConvention.english(), COLUMNS))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void conventionsRejectContradictions() {
        assertThatThrownBy(() -> new CsvConvention(',', ',', "dd/MM/yyyy", "oui", "non", StandardCharsets.UTF_8, true, "\r\n"))
                .hasMessageContaining("both ','");
        assertThatThrownBy(() -> CsvConvention.frenchWindows1252().withCharset(CsvConvention.WINDOWS_1252, true))
                .hasMessageContaining("only written for UTF-8");
    }
}
