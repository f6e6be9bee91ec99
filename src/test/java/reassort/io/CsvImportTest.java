package reassort.io;

import static org.assertj.core.api.Assertions.assertThat;
import static reassort.io.TestFiles.WINDOWS_1252;
import static reassort.io.TestFiles.readAll;
import static reassort.io.TestFiles.text;
import static reassort.io.TestFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.Dataset;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;

class CsvImportTest {
    @TempDir
    Path dir;

    private static final String FRENCH_SALES = """
            Date;Code article;Magasin;Canal;Quantité;CA;Code promo
            06/01/2025;10442;PARIS-01;Magasin;3;1\u00a0234,50;
            13/01/2025;10442;PARIS-01;Web;-1;-19,90;PROMO-HIVER
            14/01/2025;20001;LYON-02;CC;2;1 000;
            """;

    @Test
    void frenchCsvInWindows1252IsReadWithDecimalCommaAndDayFirstDates() throws Exception {
        Path file = text(dir.resolve("ventes.csv"), FRENCH_SALES.replace("\n", "\r\n"), WINDOWS_1252, false);

        FileInspection inspection = TestFiles.importer().inspect(file, 5);
        TestFiles.Collected read = readAll(file);

        assertThat(inspection.format()).isEqualTo(FileFormat.CSV);
        assertThat(inspection.csvDialect().separator()).isEqualTo(';');
        assertThat(inspection.csvDialect().charset().name()).isEqualTo("windows-1252");
        SheetInspection sheet = inspection.sheets().get(0);
        assertThat(sheet.dataset()).isEqualTo(Dataset.SALES);
        assertThat(sheet.headers()).contains("Quantité");
        assertThat(sheet.decimalSeparator()).isEqualTo(DecimalSeparator.COMMA);
        assertThat(sheet.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(sheet.dateOrderSettled()).isTrue();
        assertThat(read.issues()).isEmpty();
        assertThat(read.of(SalesLine.class)).containsExactly(
                new SalesLine(LocalDate.of(2025, 1, 6), "10442", "PARIS-01", "STORE", SalesKind.SALE, 3, 1234.5, null),
                new SalesLine(LocalDate.of(2025, 1, 13), "10442", "PARIS-01", "WEB", SalesKind.RETURN, 1, 19.9,
                        "PROMO-HIVER"),
                new SalesLine(LocalDate.of(2025, 1, 14), "20001", "LYON-02", "CC", SalesKind.SALE, 2, 1000, null));
        assertThat(read.result().records(Dataset.SALES)).isEqualTo(3);
    }

    @Test
    void frenchCsvInUtf8WithByteOrderMarkIsReadTheSame() throws Exception {
        // Excel's UTF-8 export may group thousands with a narrow no-break space (U+202F), absent from Windows-1252.
        Path file = text(dir.resolve("ventes-utf8.csv"), FRENCH_SALES.replace("1 000", "1\u202f000"),
                StandardCharsets.UTF_8, true);

        FileInspection inspection = TestFiles.importer().inspect(file, 5);
        TestFiles.Collected read = readAll(file);

        assertThat(inspection.csvDialect().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(inspection.csvDialect().byteOrderMark()).isTrue();
        assertThat(inspection.sheets().get(0).headers().get(0)).isEqualTo("Date");
        assertThat(read.issues()).isEmpty();
        assertThat(read.of(SalesLine.class)).extracting(SalesLine::amount).containsExactly(1234.5, 19.9, 1000.0);
    }

    @Test
    void englishCsvReadsQuotedThousandsAndMonthFirstDates() throws Exception {
        Path file = utf8(dir.resolve("sales.csv"), """
                Date,SKU,Location,Channel,Quantity,Amount,Promo code
                1/13/2025,10442,NYC-01,STORE,2,"1,234.50",
                2/3/2025,10442,NYC-01,WEB,1,19.90,SPRING
                """);

        FileInspection inspection = TestFiles.importer().inspect(file, 5);
        List<SalesLine> lines = readAll(file).of(SalesLine.class);

        assertThat(inspection.csvDialect().separator()).isEqualTo(',');
        assertThat(inspection.sheets().get(0).decimalSeparator()).isEqualTo(DecimalSeparator.DOT);
        assertThat(inspection.sheets().get(0).dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(lines).extracting(SalesLine::date)
                .containsExactly(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 3));
        assertThat(lines.get(0).amount()).isEqualTo(1234.5);
        assertThat(lines.get(1).promoCode()).isEqualTo("SPRING");
    }

    @Test
    void isoDatesNeedNoOrderAndRaiseNoWarning() throws Exception {
        Path file = utf8(dir.resolve("sales-iso.csv"), """
                Date,SKU,Location,Channel,Quantity
                2025-01-02,A,S1,WEB,1
                2025-01-03 00:00:00,A,S1,WEB,2
                """);

        TestFiles.Collected read = readAll(file);

        assertThat(read.issues()).isEmpty();
        assertThat(read.of(SalesLine.class)).extracting(SalesLine::date)
                .containsExactly(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3));
    }

    @Test
    void tabSeparatedFileIsCsvWithATab() throws Exception {
        Path file = utf8(dir.resolve("export.txt"), "SKU\tLabel\tCategory\tUnit cost\tPack size\n"
                + "10442\tPull laine\tMaille\t12.5\t6\n");

        FileInspection inspection = TestFiles.importer().inspect(file, 5);
        TestFiles.Collected read = readAll(file);

        assertThat(inspection.format()).isEqualTo(FileFormat.CSV);
        assertThat(inspection.csvDialect().tabSeparated()).isTrue();
        assertThat(inspection.sheets().get(0).dataset()).isEqualTo(Dataset.PRODUCTS);
        assertThat(read.of(reassort.domain.Product.class)).singleElement()
                .satisfies(p -> {
                    assertThat(p.unitCost()).isEqualTo(12.5);
                    assertThat(p.packSize()).isEqualTo(6);
                    assertThat(p.label()).isEqualTo("Pull laine");
                });
    }

    @Test
    void excelSeparatorLineIsHonouredAndNotCountedAsARow() throws Exception {
        Path file = utf8(dir.resolve("sep.csv"), "sep=;\nSKU;Location;Channel;Date;Quantity\nA;S1;WEB;2025-01-06;x\n");

        TestFiles.Collected read = readAll(file);

        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.row()).isEqualTo(2);
            assertThat(issue.column()).isEqualTo("E (Quantity)");
            assertThat(issue.value()).isEqualTo("x");
        });
    }

    @Test
    void titleLinesAboveTheHeadersAreSkipped() throws Exception {
        Path file = utf8(dir.resolve("ventes semaine.csv"), """
                Export des ventes;;;;
                ;;;;
                Date;Article;Magasin;Canal;Qté
                06/01/2025;A;S1;Web;4
                """);

        FileInspection inspection = TestFiles.importer().inspect(file, 5);
        List<SalesLine> lines = readAll(file).of(SalesLine.class);

        assertThat(inspection.sheets().get(0).headerRow()).isEqualTo(3);
        assertThat(inspection.sheets().get(0).previewRows()).hasSize(1);
        assertThat(lines).singleElement().extracting(SalesLine::quantity).isEqualTo(4.0);
    }

    @Test
    void aWorkbookNamedCsvIsReadAsAWorkbook() throws Exception {
        Path file = TestFiles.xlsx(dir.resolve("ventes.csv"), TestFiles.sheet("Ventes",
                TestFiles.row("Date", "SKU", "Location", "Channel", "Quantity"),
                TestFiles.row(LocalDate.of(2025, 1, 6), "A", "S1", "WEB", 2)));

        FileInspection inspection = TestFiles.importer().inspect(file, 5);

        assertThat(inspection.format()).isEqualTo(FileFormat.XLSX);
        assertThat(readAll(file).of(SalesLine.class)).hasSize(1);
    }

    @Test
    void separatorIsFoundUnderATitleLineWithoutSeparators() throws Exception {
        Path file = TestFiles.text(dir.resolve("ventes S07.csv"), """
                Export ventes semaine 7

                Date;Article;Magasin;Canal;Qté vendue;CA TTC (€);Remarque
                13/02/2025;A;S1;Web;1;12,5;ras
                14/02/2025;B;S1;Drive;2;3;
                """, WINDOWS_1252, false);

        FileInspection inspection = TestFiles.importer().inspect(file, 5);
        TestFiles.Collected read = readAll(file);

        assertThat(inspection.csvDialect().separator()).isEqualTo(';');
        SheetInspection sheet = inspection.sheets().get(0);
        assertThat(sheet.headerRow()).isEqualTo(3);
        assertThat(sheet.proposedMapping().columns()).containsEntry(Field.QUANTITY, "Qté vendue")
                .containsEntry(Field.AMOUNT, "CA TTC (€)");
        assertThat(sheet.unmappedHeaders()).containsExactly("Remarque");
        assertThat(read.issues()).isEmpty();
        assertThat(read.of(SalesLine.class)).extracting(SalesLine::amount).containsExactly(12.5, 3.0);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> separatorSamples() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("a;b;c\n1;2,5;3\n4;5,5;6", ';'),
                org.junit.jupiter.params.provider.Arguments.of("a,b,c\n1,\"2,5\",3\n4,5.5,6", ','),
                org.junit.jupiter.params.provider.Arguments.of("a\tb\tc\n1\t2,5\t3", '\t'),
                org.junit.jupiter.params.provider.Arguments.of("a|b|c\n1|2|3", '|'),
                org.junit.jupiter.params.provider.Arguments.of("title\n\na;b\n1;2", ';'),
                org.junit.jupiter.params.provider.Arguments.of("only one column\nvalue", ','));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("separatorSamples")
    void separatorIsTheOneThatSplitsLinesAlike(String text, char separator) {
        assertThat(FormatDetector.guessSeparator(text)).isEqualTo(separator);
    }
}
