package reassort.io;

import static org.assertj.core.api.Assertions.assertThat;
import static reassort.io.TestFiles.readAll;
import static reassort.io.TestFiles.row;
import static reassort.io.TestFiles.sheet;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.Dataset;
import reassort.domain.Location;
import reassort.domain.LocationType;
import reassort.domain.Product;
import reassort.domain.Promotion;
import reassort.domain.PromotionMechanic;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesKind;
import reassort.domain.SalesLine;
import reassort.domain.StockPosition;
import reassort.domain.Supplier;

/** XLSX and XLS workbooks, each sheet its own dataset, French and English canonical headers. */
class WorkbookImportTest {
    @TempDir
    Path dir;

    private Path workbook(String format, String name, TestFiles.SheetData... sheets) throws Exception {
        Path file = dir.resolve(name + "." + format);
        return format.equals("xlsx") ? TestFiles.xlsx(file, sheets) : TestFiles.xls(file, sheets);
    }

    private static TestFiles.SheetData frenchWorkbookSales() {
        return sheet("Ventes",
                row("Date", "Code article", "Magasin", "Canal", "Quantité", "CA", "Code promo"),
                row(LocalDate.of(2025, 1, 6), "10442", "PARIS-01", "Magasin", 3, 59.7, null),
                row(LocalDate.of(2025, 1, 7), 20001, "PARIS-01", "WEB", -2, -39.8, "SOLDES"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void everySheetIsReadAsItsOwnDatasetFromFrenchHeaders(String format) throws Exception {
        Path file = workbook(format, "classeur",
                frenchWorkbookSales(),
                sheet("Articles",
                        row("Code article", "Libellé", "Catégorie", "Coût unitaire", "Prix de vente", "Fournisseur",
                                "Référence fournisseur", "Colisage", "Minimum de commande"),
                        row("10442", "Pull laine", "Maille", 12.5, 39.9, "F-TEX", "PL-01", 6, 12)),
                sheet("Sites",
                        row("Site", "Nom", "Type", "Région", "Approvisionné par", "Click & collect", "Ship from store"),
                        row("WH-PARIS", "Entrepôt Paris", "Entrepôt", "IDF", null, "non", "non"),
                        row("PARIS-01", "Paris Rivoli", "Magasin", "IDF", "WH-PARIS", "oui", "x")),
                sheet("Fournisseurs",
                        row("Fournisseur", "Nom", "Délai (jours)", "Écart-type délai (jours)", "Jours de commande",
                                "Minimum de commande (€)"),
                        row("F-TEX", "Textiles du Nord", 12, 2.5, "lun,jeu", 500)),
                sheet("Stock",
                        row("Date", "Code article", "Magasin", "Stock physique", "Réservé", "En transit", "Reliquats"),
                        row(LocalDate.of(2025, 1, 12), "10442", "PARIS-01", 14, 2, 6, 0)),
                sheet("Commandes",
                        row("N° commande", "Code article", "Magasin", "Fournisseur", "Quantité", "Date prévue",
                                "Confirmée"),
                        row("PO-881", "10442", "WH-PARIS", "F-TEX", 120, LocalDate.of(2025, 2, 3), "oui")),
                sheet("Promotions",
                        row("Code promo", "Nom", "Code article", "Catégorie", "Canaux", "Magasin", "Début", "Fin",
                                "Remise %", "Mécanique"),
                        row("SOLDES", "Soldes d'hiver", null, "Maille", "WEB, Magasin", null,
                                LocalDate.of(2025, 1, 8), LocalDate.of(2025, 2, 4), new TestFiles.Percent(0.3),
                                "Remise")));

        FileInspection inspection = TestFiles.importer().inspect(file, 3);
        TestFiles.Collected read = readAll(file);

        assertThat(inspection.format()).isEqualTo(format.equals("xlsx") ? FileFormat.XLSX : FileFormat.XLS);
        assertThat(inspection.sheets()).extracting(SheetInspection::dataset).containsExactly(Dataset.SALES,
                Dataset.PRODUCTS, Dataset.LOCATIONS, Dataset.SUPPLIERS, Dataset.STOCK, Dataset.PURCHASE_ORDERS,
                Dataset.PROMOTIONS);
        assertThat(inspection.sheets()).allSatisfy(sheet -> {
            assertThat(sheet.unmappedHeaders()).as(sheet.sheet()).isEmpty();
            assertThat(sheet.missingRequiredFields()).as(sheet.sheet()).isEmpty();
            assertThat(sheet.hasDataRows()).isTrue();
        });
        assertThat(read.issues()).isEmpty();
        assertThat(read.of(SalesLine.class)).containsExactly(
                new SalesLine(LocalDate.of(2025, 1, 6), "10442", "PARIS-01", "STORE", SalesKind.SALE, 3, 59.7, null),
                new SalesLine(LocalDate.of(2025, 1, 7), "20001", "PARIS-01", "WEB", SalesKind.RETURN, 2, 39.8,
                        "SOLDES"));
        assertThat(read.of(Product.class)).containsExactly(
                new Product("10442", "Pull laine", "Maille", 12.5, 39.9, "F-TEX", "PL-01", 6, 12));
        assertThat(read.of(Location.class)).containsExactly(
                new Location("WH-PARIS", "Entrepôt Paris", LocationType.WAREHOUSE, "IDF", null, false, false),
                new Location("PARIS-01", "Paris Rivoli", LocationType.STORE, "IDF", "WH-PARIS", true, true));
        assertThat(read.of(Supplier.class)).containsExactly(new Supplier("F-TEX", "Textiles du Nord", 12, 2.5,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 500));
        assertThat(read.of(StockPosition.class)).containsExactly(
                new StockPosition("10442", "PARIS-01", LocalDate.of(2025, 1, 12), 14, 2, 6, 0));
        assertThat(read.of(PurchaseOrderLine.class)).containsExactly(new PurchaseOrderLine("PO-881", "10442",
                "WH-PARIS", "F-TEX", 120, LocalDate.of(2025, 2, 3), true));
        assertThat(read.of(Promotion.class)).singleElement().satisfies(promotion -> {
            assertThat(promotion.category()).isEqualTo("Maille");
            assertThat(promotion.channels()).containsExactlyInAnyOrder("WEB", "STORE");
            assertThat(promotion.discountPercent()).isCloseTo(30, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(promotion.mechanic()).isEqualTo(PromotionMechanic.DISCOUNT);
            assertThat(promotion.locationOrRegion()).isNull();
        });
        assertThat(read.result().recordsRead()).containsEntry(Dataset.SALES, 2L).containsEntry(Dataset.LOCATIONS, 2L);
        assertThat(read.result().rowsRead()).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void englishHeadersAreRecognisedWhateverTheSheetName(String format) throws Exception {
        Path file = workbook(format, "export",
                sheet("Sheet1",
                        row("Supplier", "Name", "Lead time (days)", "Lead time std dev (days)", "Order days",
                                "Minimum order value"),
                        row("S-1", "Acme", 5, 1, "Mon,Thu", 250)),
                sheet("Sheet2",
                        row("Order", "SKU", "Location", "Supplier", "Quantity", "Expected date", "Confirmed"),
                        row("PO-1", "A", "WH", "S-1", 48, LocalDate.of(2025, 3, 3), "no")));

        TestFiles.Collected read = readAll(file);

        assertThat(read.issues()).isEmpty();
        assertThat(read.of(Supplier.class)).extracting(Supplier::leadTimeDays).containsExactly(5.0);
        assertThat(read.of(PurchaseOrderLine.class)).extracting(PurchaseOrderLine::confirmed).containsExactly(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void sheetNameDecidesWhenHeadersAreNotEnough(String format) throws Exception {
        Path file = workbook(format, "divers",
                sheet("Stock magasins", row("Article", "Magasin", "Qté"), row("A", "S1", 4)),
                sheet("Notes", row("Bonjour"), row("rien à importer")));

        FileInspection inspection = TestFiles.importer().inspect(file, 3);

        SheetInspection stock = inspection.sheets().get(0);
        assertThat(stock.dataset()).isEqualTo(Dataset.STOCK);
        assertThat(stock.unmappedHeaders()).containsExactly("Qté");
        assertThat(stock.missingRequiredFields()).containsExactly(Field.DATE, Field.ON_HAND);
        assertThat(inspection.sheets().get(1).dataset()).isNull();
        assertThat(inspection.sheets().get(1).proposedMapping().skip()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void wideSheetWithWeekLabelsGivesOneLinePerFilledCellOnEachWeeksMonday(String format) throws Exception {
        Path file = workbook(format, "matrice",
                sheet("Ventes hebdo",
                        row("Code article", "Libellé", "Magasin", "Canal", "2025-W02", "S03 2025", "Sem. 04/2025",
                                "Total"),
                        row("10442", "Pull", "PARIS-01", "Web", 5, null, -1, 4),
                        row("20001", "Bonnet", "PARIS-01", "Web", 0, 2.5, null, 2.5)));

        FileInspection inspection = TestFiles.importer().inspect(file, 3);
        TestFiles.Collected read = readAll(file);

        SheetInspection sheet = inspection.sheets().get(0);
        assertThat(sheet.layout()).isEqualTo(Layout.WIDE);
        assertThat(sheet.dataset()).isEqualTo(Dataset.SALES);
        assertThat(sheet.unmappedHeaders()).containsExactly("Total");
        assertThat(read.issues()).isEmpty();
        assertThat(read.of(SalesLine.class)).containsExactly(
                new SalesLine(LocalDate.of(2025, 1, 6), "10442", "PARIS-01", "WEB", SalesKind.SALE, 5, 0, null),
                new SalesLine(LocalDate.of(2025, 1, 20), "10442", "PARIS-01", "WEB", SalesKind.RETURN, 1, 0, null),
                new SalesLine(LocalDate.of(2025, 1, 13), "20001", "PARIS-01", "WEB", SalesKind.SALE, 2.5, 0, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void wideSheetWithWeeklyDateCellsUsesTheMondayOfEachWeek(String format) throws Exception {
        // Week-ending Sundays, seven days apart: each column is a week, dated by its Monday.
        Path file = workbook(format, "weekly",
                sheet("Sales",
                        row("SKU", "Location", "Channel", LocalDate.of(2025, 1, 12), LocalDate.of(2025, 1, 19)),
                        row("A", "S1", "STORE", 3, 4)));

        List<SalesLine> lines = readAll(file).of(SalesLine.class);

        assertThat(lines).extracting(SalesLine::date)
                .containsExactly(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 13));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void wideSheetWithDailyDateCellsKeepsEachDay(String format) throws Exception {
        Path file = workbook(format, "daily",
                sheet("Sales",
                        row("SKU", "Location", "Channel", LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 9),
                                LocalDate.of(2025, 1, 10)),
                        row("A", "S1", "STORE", 1, null, 2)));

        List<SalesLine> lines = readAll(file).of(SalesLine.class);

        assertThat(lines).extracting(SalesLine::date)
                .containsExactly(LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void excelSerialNumbersAndTextDatesInWorkbooksAreDates(String format) throws Exception {
        Path file = workbook(format, "serials",
                sheet("Sales",
                        row("Date", "SKU", "Location", "Channel", "Quantity"),
                        row(45663, "A", "S1", "STORE", 1),
                        row("2025-01-07", "A", "S1", "STORE", "2"),
                        row("13/01/2025", "A", "S1", "STORE", "3,5")));

        TestFiles.Collected read = readAll(file);

        assertThat(read.of(SalesLine.class)).extracting(SalesLine::date).containsExactly(
                LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 13));
        assertThat(read.of(SalesLine.class)).extracting(SalesLine::quantity).containsExactly(1.0, 2.0, 3.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void blankSheetsAreLeftOutOfTheInspection(String format) throws Exception {
        Path file = workbook(format, "blank", frenchWorkbookSales(), sheet("Feuil2"));

        FileInspection inspection = TestFiles.importer().inspect(file, 3);

        assertThat(inspection.sheets()).extracting(SheetInspection::sheet).containsExactly("Ventes");
        assertThat(inspection.sheets().get(0).previewRows()).hasSize(2);
        assertThat(inspection.sheets().get(0).previewRows().get(1)).startsWith("2025-01-07", "20001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void issuesCarryRowsAndColumnsAsExcelShowsThem(String format) throws Exception {
        Path file = workbook(format, "rows",
                sheet("Sales",
                        row("Report"),
                        row(),
                        row("Date", "SKU", "Location", "Channel", "Quantity"),
                        row(LocalDate.of(2025, 1, 6), "A", "S1", "STORE", 1),
                        row(),
                        row(LocalDate.of(2025, 1, 6), "A", "S1", "STORE", "two"),
                        row(LocalDate.of(2025, 1, 6), "A", "S1", "STORE", true)));

        TestFiles.Collected read = readAll(file);

        assertThat(read.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "E (Quantity)", "two"),
                        org.assertj.core.groups.Tuple.tuple(7L, "E (Quantity)", "TRUE"));
        assertThat(read.result().rowsRead()).isEqualTo(3);
        assertThat(read.of(SalesLine.class)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aMappingNamingAMissingSheetIsReportedAndTheOthersRead(String format) throws Exception {
        Path file = workbook(format, "renamed", frenchWorkbookSales(), sheet("Autre", row("x"), row("y")));
        FileMapping mapping = FileMapping.parse("""
                sheet.Ventes.dataset=SALES
                sheet.Ventes.column.DATE=Date
                sheet.Ventes.column.SKU=Code article
                sheet.Ventes.column.LOCATION=Magasin
                sheet.Ventes.column.CHANNEL=Canal
                sheet.Ventes.column.QUANTITY=Quantité
                sheet.Articles.dataset=PRODUCTS
                """);

        TestFiles.Collected read = readAll(file, mapping);

        assertThat(read.of(SalesLine.class)).hasSize(2);
        assertThat(read.warnings()).extracting(ImportIssue::sheet).containsExactly("Autre", "Articles");
    }
}
