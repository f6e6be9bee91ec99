package reassort.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static reassort.io.TestFiles.readAll;
import static reassort.io.TestFiles.row;
import static reassort.io.TestFiles.sheet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reassort.domain.Dataset;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.StockPosition;

class FileMappingTest {
    @TempDir
    Path dir;

    private static SheetMapping ventes() {
        return new SheetMapping("Ventes S07.2025", Dataset.SALES, Layout.LONG, 3,
                Map.of(Field.DATE, "Jour", Field.SKU, "Réf", Field.QUANTITY, "Nb pièces\nvendues",
                        Field.LOCATION, "Boutique = site"),
                Map.of(Field.CHANNEL, "WEB"), false, DecimalSeparator.COMMA, DateOrder.DAY_FIRST, "v1-0123456789abcdef");
    }

    @Test
    void mappingTextReadsBackToAnEqualMapping() {
        FileMapping mapping = new FileMapping(List.of(ventes(), SheetMapping.skipped("Notes = brouillon\\2")),
                ';', StandardCharsets.UTF_8);

        String text = mapping.toText();

        assertThat(FileMapping.parse(text)).isEqualTo(mapping);
        assertThat(text).contains("sheet.Ventes S07.2025.column.QUANTITY=Nb pièces\\nvendues")
                .contains("sheet.Ventes S07.2025.constant.CHANNEL=WEB")
                .contains("sheet.Notes \\= brouillon\\\\2.skip=true")
                .contains("csv.separator=;");
    }

    @Test
    void handWrittenTextWithCommentsAndSpacesIsRead() {
        FileMapping mapping = FileMapping.parse("""
                # mapping written by hand
                csv.separator = tab

                sheet.Stock.dataset = stock
                sheet.Stock.column.SKU = Article
                sheet.Stock.column.ON_HAND = Qté
                sheet.Stock.constant.DATE = 2025-02-03
                """);

        assertThat(mapping.csvSeparator()).isEqualTo('\t');
        SheetMapping stock = mapping.forSheet("Stock").orElseThrow();
        assertThat(stock.dataset()).isEqualTo(Dataset.STOCK);
        assertThat(stock.headerRow()).isEqualTo(1);
        assertThat(stock.columns()).containsEntry(Field.ON_HAND, "Qté");
        assertThat(stock.constants()).containsEntry(Field.DATE, "2025-02-03");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sheet.Ventes.dataset=SALES\\nsheet.Ventes.column.QTY=Qté | line 2 | unknown field 'QTY'",
            "sheet.Ventes.dataset=VENTES | line 1 | unknown dataset 'VENTES'",
            "sheet.Ventes.dataset=SALES\\nsheet.Ventes.headerRow=zero | line 2 | header row 'zero'",
            "sheet.Ventes.dataset=SALES\\nsheet.Ventes.column.ON_HAND=Stock | line 2 | field ON_HAND is not part of SALES",
            "sheet.Ventes.dataset=SALES\\nsheet.Ventes.dataset=STOCK | line 2 | already given on line 1",
            "sheet.Ventes.column.SKU=Article | sheet Ventes has no dataset | sheet.Ventes.dataset=SALES",
            "ventes.column.SKU=Article | line 1 | unknown setting 'ventes.column.SKU'",
            "sheet.Ventes.dataset SALES | line 1 | expected key=value",
            "csv.separator=;; | line 1 | separator ';;'",
            "sheet.Ventes.dataset=SALES\\nsheet.Ventes.colour=red | line 2 | unknown sheet setting"})
    void parseErrorsNameTheLineAndTheValue(String text, String where, String what) {
        assertThatThrownBy(() -> FileMapping.parse(text.replace("\\n", "\n")))
                .isInstanceOf(MappingFormatException.class)
                .hasMessageContaining(where)
                .hasMessageContaining(what);
    }

    @Test
    void handMadeMappingWithConstantsReadsAnUnrecognisedSheet() throws Exception {
        Path file = TestFiles.xlsx(dir.resolve("export-web.xlsx"), sheet("Export",
                row("Extraction du 03/02/2025"),
                row(),
                row("Jour", "Réf", "Nb pièces", "Boutique", "Remarque"),
                row(LocalDate.of(2025, 2, 3), "A-1", 2, null, "ok"),
                row(LocalDate.of(2025, 2, 4), "A-2", -1, "LYON", "retour")));
        FileMapping mapping = FileMapping.parse("""
                sheet.Export.dataset=SALES
                sheet.Export.headerRow=3
                sheet.Export.column.DATE=Jour
                sheet.Export.column.SKU=Réf
                sheet.Export.column.QUANTITY=Nb pièces
                sheet.Export.column.LOCATION=Boutique
                sheet.Export.constant.LOCATION=WH-PARIS
                sheet.Export.constant.CHANNEL=Web
                """);

        TestFiles.Collected read = readAll(file, mapping);

        assertThat(read.issues()).isEmpty();
        assertThat(read.of(SalesLine.class)).containsExactly(
                new SalesLine(LocalDate.of(2025, 2, 3), "A-1", "WH-PARIS", "WEB", SalesKind.SALE, 2, 0, null),
                new SalesLine(LocalDate.of(2025, 2, 4), "A-2", "LYON", "WEB", SalesKind.RETURN, 1, 0, null));
    }

    @Test
    void proposedMappingRoundTripsAndReadsTheSame() throws Exception {
        Path file = TestFiles.utf8(dir.resolve("stock.csv"), """
                Date;Article;Magasin;Stock
                03/02/2025;A;S1;4
                """);
        FileInspection inspection = TestFiles.importer().inspect(file, 2);

        FileMapping proposed = FileMapping.proposed(inspection);
        FileMapping reread = FileMapping.parse(proposed.toText());

        assertThat(reread).isEqualTo(proposed);
        assertThat(readAll(file, reread).of(StockPosition.class))
                .containsExactly(new StockPosition("A", "S1", LocalDate.of(2025, 2, 3), 4, 0, 0, 0));
    }

    @Test
    void shapeKeyIsStableAcrossFilesOfTheSameShapeAndRemembersTheMapping() throws Exception {
        Path week6 = TestFiles.xlsx(dir.resolve("s06.xlsx"), sheet("Semaine 06",
                row("Réf", "Point de vente", "2025-W05", "2025-W06"), row("A", "S1", 1, 2)));
        Path week7 = TestFiles.xlsx(dir.resolve("s07.xlsx"), sheet("Semaine 07",
                row("Réf", "Point de vente", "2025-W06", "2025-W07"), row("A", "S1", 3, 4)));
        Path other = TestFiles.xlsx(dir.resolve("autre.xlsx"), sheet("Semaine 07",
                row("Réf", "Magasin", "2025-W06", "2025-W07"), row("A", "S1", 3, 4)));
        SpreadsheetImport importer = TestFiles.importer();
        SheetInspection first = importer.inspect(week6, 1).sheets().get(0);
        SheetMapping planned = first.proposedMapping().withConstant(Field.CHANNEL, "STORE");
        String stored = new FileMapping(List.of(planned)).toText();

        FileInspection next = importer.inspect(week7, 1);
        FileMapping remembered = FileMapping.proposed(next, shape -> shape.equals(first.shapeKey())
                ? FileMapping.parse(stored).sheets().get(0) : null);

        assertThat(next.sheets().get(0).shapeKey()).isEqualTo(first.shapeKey());
        assertThat(importer.inspect(other, 1).sheets().get(0).shapeKey()).isNotEqualTo(first.shapeKey());
        assertThat(first.missingRequiredFields()).containsExactly(Field.CHANNEL);
        assertThat(remembered.sheets().get(0).sheet()).isEqualTo("Semaine 07");
        assertThat(readAll(week7, remembered).of(SalesLine.class)).extracting(SalesLine::channel, SalesLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STORE", 3.0),
                        org.assertj.core.groups.Tuple.tuple("STORE", 4.0));
    }

    @Test
    void aOneSheetMappingAppliesToAOneSheetFileOfAnotherName() throws Exception {
        Path file = TestFiles.utf8(dir.resolve("ventes_2025-02-10.csv"), "Jour;Réf;Qté\n10/02/2025;A;2\n");
        FileMapping mapping = FileMapping.parse("""
                sheet.ventes_2025-02-03.dataset=SALES
                sheet.ventes_2025-02-03.column.DATE=Jour
                sheet.ventes_2025-02-03.column.SKU=Réf
                sheet.ventes_2025-02-03.column.QUANTITY=Qté
                sheet.ventes_2025-02-03.constant.LOCATION=S1
                sheet.ventes_2025-02-03.constant.CHANNEL=STORE
                """);

        assertThat(readAll(file, mapping).of(SalesLine.class)).extracting(SalesLine::date)
                .containsExactly(LocalDate.of(2025, 2, 10));
    }

    @Test
    void aMappingMustNotGiveAFieldOfAnotherDataset() {
        assertThatThrownBy(() -> new SheetMapping("Ventes", Dataset.SALES, Layout.LONG, 1,
                Map.of(Field.ON_HAND, "Stock"), Map.of(), false, null, null, null))
                .hasMessageContaining("ON_HAND").hasMessageContaining("not part of SALES");
    }
}
