package reassort.io;

import static org.assertj.core.api.Assertions.assertThat;
import static reassort.io.TestFiles.readAll;
import static reassort.io.TestFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.Dataset;
import reassort.domain.Product;
import reassort.domain.SalesLine;
import reassort.domain.StockPosition;

/** Every rejected or doubtful value is reported with file, sheet, row, column, value and reason. */
class ValidationTest {
    @TempDir
    Path dir;

    private TestFiles.Collected read(String name, String content) throws Exception {
        return readAll(utf8(dir.resolve(name), content));
    }

    @Test
    void textInAQuantityRejectsTheRowAndNamesTheCell() throws Exception {
        TestFiles.Collected read = read("ventes.csv", """
                Date;Code article;Magasin;Canal;Quantité
                16/01/2025;A;S1;WEB;2
                17/01/2025;A;S1;WEB;deux
                """);

        assertThat(read.of(SalesLine.class)).hasSize(1);
        assertThat(read.result().rowsRejected()).isEqualTo(1);
        assertThat(read.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.file()).isEqualTo("ventes.csv");
            assertThat(issue.sheet()).isEqualTo("ventes");
            assertThat(issue.row()).isEqualTo(3);
            assertThat(issue.column()).isEqualTo("E (Quantité)");
            assertThat(issue.value()).isEqualTo("deux");
            assertThat(issue.reason()).contains("Not a number");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void impossibleDateIsAnError() throws Exception {
        TestFiles.Collected read = read("ventes.csv", """
                Date;Article;Magasin;Canal;Qté
                25/02/2025;A;S1;WEB;1
                31/02/2025;A;S1;WEB;1
                """);

        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.row()).isEqualTo(3);
            assertThat(issue.column()).isEqualTo("A (Date)");
            assertThat(issue.value()).isEqualTo("31/02/2025");
            assertThat(issue.reason()).contains("No such day");
        });
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aValueContradictingTheOrderItsColumnSettledOnIsAnError() throws Exception {
        TestFiles.Collected read = read("ventes.csv", """
                Date;Article;Magasin;Canal;Qté
                25/02/2025;A;S1;WEB;1
                02/26/2025;A;S1;WEB;1
                """);

        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.value()).isEqualTo("02/26/2025");
            assertThat(issue.reason()).contains("day first");
        });
    }

    @Test
    void aColumnThatStaysAmbiguousIsReadInTheLocaleOrderWithOneWarning() throws Exception {
        TestFiles.Collected french = read("ventes.csv", """
                Date;Article;Magasin;Canal;Qté
                03/02/2025;A;S1;WEB;1
                04/02/2025;A;S1;WEB;1
                05/02/2025;A;S1;WEB;1
                """);
        TestFiles.Collected english = read("sales.csv", """
                Date,SKU,Location,Channel,Quantity
                03/02/2025,A,S1,WEB,1
                04/02/2025,A,S1,WEB,1
                """);

        assertThat(french.of(SalesLine.class)).extracting(SalesLine::date).containsExactly(
                LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4), LocalDate.of(2025, 2, 5));
        assertThat(french.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.column()).isEqualTo("A (Date)");
            assertThat(issue.row()).isEqualTo(1);
            assertThat(issue.reason()).contains("day first");
        });
        assertThat(english.of(SalesLine.class)).extracting(SalesLine::date).containsExactly(
                LocalDate.of(2025, 3, 2), LocalDate.of(2025, 4, 2));
        assertThat(english.warnings()).singleElement().extracting(ImportIssue::reason).asString()
                .contains("month first");
    }

    @Test
    void aDayAboveTwelveLateInTheFileSettlesTheWholeColumn() throws Exception {
        StringBuilder csv = new StringBuilder("Date,SKU,Location,Channel,Quantity\n");
        for (int i = 0; i < 3_000; i++) csv.append("02/03/2025,A,S1,WEB,1\n");
        csv.append("25/03/2025,A,S1,WEB,1\n");

        TestFiles.Collected read = read("late.csv", csv.toString());

        assertThat(read.issues()).isEmpty();
        assertThat(read.of(SalesLine.class).get(0).date()).isEqualTo(LocalDate.of(2025, 3, 2));
    }

    @Test
    void unknownChannelIsAnError() throws Exception {
        TestFiles.Collected read = read("ventes.csv", """
                Date;Article;Magasin;Canal;Qté
                06/01/2025;A;S1;Drive;1
                06/01/2025;A;S1;Télépathie;1
                """);

        assertThat(read.of(SalesLine.class)).extracting(SalesLine::channel).containsExactly("CC");
        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.column()).isEqualTo("D (Canal)");
            assertThat(issue.value()).isEqualTo("Télépathie");
            assertThat(issue.reason()).contains("Unknown channel").contains("STORE");
        });
    }

    @Test
    void duplicateKeyInMasterDataKeepsTheFirstRow() throws Exception {
        TestFiles.Collected read = read("articles.csv", """
                SKU;Label;Unit cost
                A;Pull;10
                B;Bonnet;4
                A;Pull bis;11
                """);

        assertThat(read.of(Product.class)).extracting(Product::label).containsExactly("Pull", "Bonnet");
        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.row()).isEqualTo(4);
            assertThat(issue.column()).isEqualTo("A (SKU)");
            assertThat(issue.reason()).contains("Duplicate").contains("row 2");
        });
    }

    @Test
    void negativeStockIsKeptWithAWarningButNegativeReservationsAreRejected() throws Exception {
        TestFiles.Collected read = read("stock.csv", """
                Date;Article;Magasin;Stock physique;Réservé
                13/02/2025;A;S1;-3;0
                13/02/2025;B;S1;5;-1
                13/02/2025;A;S1;4;0
                """);

        assertThat(read.of(StockPosition.class)).extracting(StockPosition::onHand).containsExactly(-3.0);
        assertThat(read.warnings()).singleElement().satisfies(issue -> {
            assertThat(issue.row()).isEqualTo(2);
            assertThat(issue.reason()).contains("Negative stock");
        });
        assertThat(read.errors()).extracting(ImportIssue::row, ImportIssue::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "E (Réservé)"),
                org.assertj.core.groups.Tuple.tuple(4L, "B (Article)"));
    }

    @Test
    void missingRequiredValueIsAnError() throws Exception {
        TestFiles.Collected read = read("ventes.csv", """
                Date;Article;Magasin;Canal;Qté
                06/01/2025;;S1;WEB;1
                """);

        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.column()).isEqualTo("B (Article)");
            assertThat(issue.reason()).contains("required value is missing");
        });
        assertThat(read.result().totalRecords()).isZero();
    }

    @Test
    void unknownLocationTypeAndUnreadableFlagAreErrors() throws Exception {
        TestFiles.Collected read = read("sites.csv", """
                Site;Nom;Type;Click & collect
                S1;Rivoli;Boutique;oui
                S2;Lille;Kiosque;oui
                S3;Lyon;Magasin;peut-être
                """);

        assertThat(read.result().records(Dataset.LOCATIONS)).isEqualTo(1);
        assertThat(read.errors()).extracting(ImportIssue::column, ImportIssue::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C (Type)", "Kiosque"),
                org.assertj.core.groups.Tuple.tuple("D (Click & collect)", "peut-être"));
        assertThat(read.errors().get(0).reason()).contains("Unknown location type");
    }

    @Test
    void aSheetMissingARequiredColumnIsLeftOutWithOneError() throws Exception {
        TestFiles.Collected read = read("ventes.csv", """
                Date;Article;Magasin;Qté
                06/01/2025;A;S1;1
                """);

        assertThat(read.records()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.row()).isEqualTo(1);
            assertThat(issue.reason()).contains("CHANNEL").contains("constant");
        });
    }

    @Test
    void promotionsNeedAScopeAndDatesInOrder() throws Exception {
        TestFiles.Collected read = read("promotions.csv", """
                Code;Nom;Code article;Catégorie;Début;Fin;Remise %;Mécanique
                P1;Sans portée;;;01/03/2025;15/03/2025;20 %;Remise
                P2;A l'envers;A;;15/03/2025;01/03/2025;20 %;Remise
                P3;Bizarre;A;;01/03/2025;15/03/2025;0,25;Loterie
                """);

        assertThat(read.errors()).extracting(ImportIssue::row, ImportIssue::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "C (Code article)"),
                org.assertj.core.groups.Tuple.tuple(3L, "F (Fin)"));
        assertThat(read.of(reassort.domain.Promotion.class)).singleElement().satisfies(promotion -> {
            assertThat(promotion.discountPercent()).isEqualTo(25.0);
            assertThat(promotion.mechanic()).isEqualTo(reassort.domain.PromotionMechanic.OTHER);
        });
        assertThat(read.warnings()).extracting(ImportIssue::column)
                .containsExactly("G (Remise %)", "H (Mécanique)");
    }

    @Test
    void aBadCellInAWideSheetRejectsItsRow() throws Exception {
        TestFiles.Collected read = read("matrice.csv", """
                SKU;Location;Channel;2025-W02;2025-W03
                A;S1;WEB;1;n/a
                B;S1;WEB;2;3
                """);

        assertThat(read.of(SalesLine.class)).extracting(SalesLine::sku).containsExactly("B", "B");
        assertThat(read.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.column()).isEqualTo("E (2025-W03)");
            assertThat(issue.value()).isEqualTo("n/a");
        });
        assertThat(read.result().rowsRejected()).isEqualTo(1);
    }

    @Test
    void aTotalsRowIsLeftOutWithAWarning() throws Exception {
        TestFiles.Collected read = read("ventes.csv", """
                Date;Article;Magasin;Canal;Qté
                16/01/2025;A;S1;WEB;1
                Total;;;;1
                """);

        assertThat(read.of(SalesLine.class)).hasSize(1);
        assertThat(read.warnings()).singleElement().extracting(ImportIssue::reason).asString().contains("totals");
    }

    @Test
    void issuesAreAllCountedButOnlyTheFirstTenThousandKept() throws Exception {
        StringBuilder csv = new StringBuilder("Date;Article;Magasin;Canal;Qté\n");
        for (int i = 0; i < 10_500; i++) csv.append("16/01/2025;A;S1;WEB;beaucoup\n");
        csv.append("16/01/2025;A;S1;WEB;1\n");

        TestFiles.Collected read = read("ventes.csv", csv.toString());

        assertThat(read.result().issueCount()).isEqualTo(10_500);
        assertThat(read.result().issues()).hasSize(ReadResult.MAX_KEPT_ISSUES);
        assertThat(read.result().issuesTruncated()).isTrue();
        assertThat(read.result().rowsRejected()).isEqualTo(10_500);
        assertThat(read.of(SalesLine.class)).hasSize(1);
    }

    @Test
    void reportIsASemicolonCsvInUtf8WithByteOrderMarkForExcel() throws Exception {
        TestFiles.Collected read = read("ventes.csv", """
                Date;Article;Magasin;Canal;Qté
                16/01/2025;A;S1;WEB;=1+1
                16/01/2025;A;S1;WEB;"dix; environ"
                """);
        Path report = dir.resolve("rapport.csv");

        read.result().writeReport(report);

        byte[] bytes = Files.readAllBytes(report);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("File;Sheet;Row;Column;Value;Reason;Severity");
        assertThat(lines.get(1)).startsWith("ventes.csv;ventes;2;E (Qté);'=1+1;").endsWith(";ERROR");
        assertThat(lines.get(2)).contains(";\"dix; environ\";");
    }

    @Test
    void anIssueReadsOnOneLine() {
        ImportIssue issue = new ImportIssue("ventes.xlsx", "Ventes", 12, "C (Quantité)", "deux\nunités",
                "Not a number.", Severity.ERROR);

        assertThat(issue.toString()).isEqualTo(
                "ERROR ventes.xlsx, sheet Ventes, row 12, column C (Quantité), value 'deux unités': Not a number.")
                .doesNotContain("\n");
    }
}
