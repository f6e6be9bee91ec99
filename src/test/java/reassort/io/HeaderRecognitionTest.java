package reassort.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reassort.domain.Dataset;

/** The canonical headers of the project (English and French) and common synonyms are recognised. */
class HeaderRecognitionTest {

    private static SheetInspector.Guess guess(String sheetName, String headerLine) {
        List<String> headers = List.of(headerLine.split("\\s*\\|\\s*"));
        List<CellValue> cells = headers.stream().map(CellValue::text).toList();
        return SheetInspector.guess(sheetName, cells, headers);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "SALES;Date | SKU | Location | Channel | Quantity | Amount | Promo code",
            "SALES;Date | Code article | Magasin | Canal | Quantité | CA | Code promo",
            "PRODUCTS;SKU | Label | Category | Unit cost | Unit price | Supplier | Supplier reference | Pack size | MOQ",
            "PRODUCTS;Code article | Libellé | Catégorie | Coût unitaire | Prix de vente | Fournisseur"
                    + " | Référence fournisseur | Colisage | Minimum de commande",
            "LOCATIONS;Location | Name | Type | Region | Supplied by | Click & collect | Ship from store",
            "LOCATIONS;Site | Nom | Type | Région | Approvisionné par | Click & collect | Ship from store",
            "SUPPLIERS;Supplier | Name | Lead time (days) | Lead time std dev (days) | Order days"
                    + " | Minimum order value",
            "SUPPLIERS;Fournisseur | Nom | Délai (jours) | Écart-type délai (jours) | Jours de commande"
                    + " | Minimum de commande (€)",
            "STOCK;Date | SKU | Location | On hand | Reserved | In transit | Backorders",
            "STOCK;Date | Code article | Magasin | Stock physique | Réservé | En transit | Reliquats",
            "PURCHASE_ORDERS;Order | SKU | Location | Supplier | Quantity | Expected date | Confirmed",
            "PURCHASE_ORDERS;N° commande | Code article | Magasin | Fournisseur | Quantité | Date prévue | Confirmée",
            "PROMOTIONS;Code | Name | SKU | Category | Channels | Location | Start | End | Discount % | Mechanic",
            "PROMOTIONS;Code promo | Nom | Code article | Catégorie | Canaux | Magasin | Début | Fin | Remise %"
                    + " | Mécanique"})
    void canonicalHeadersGiveTheirDatasetWithEveryColumnMapped(Dataset dataset, String headerLine) {
        SheetInspector.Guess guess = guess("Feuil1", headerLine);

        assertThat(guess.dataset()).isEqualTo(dataset);
        assertThat(guess.layout()).isEqualTo(Layout.LONG);
        assertThat(guess.columns()).hasSize(headerLine.split("\\|").length);
        assertThat(guess.columns().keySet()).containsAll(Field.requiredFields(dataset, Layout.LONG));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "QTE;QUANTITY", "qté.;QUANTITY", "Qty;QUANTITY", "Quantité vendue;QUANTITY",
            "Chiffre d'affaires;AMOUNT", "Revenue;AMOUNT", "CA TTC (€);AMOUNT",
            "Réf;SKU", "Article;SKU", "Code Article ;SKU", "  sku  ;SKU",
            "Store;LOCATION", "Point de vente;LOCATION", "Site;LOCATION",
            "Canal de vente;CHANNEL", "Jour;DATE", "Promo;PROMO_CODE"})
    void obviousSynonymsOfSalesHeaders(String header, Field field) {
        assertThat(Headers.fieldFor(header, Dataset.SALES, Layout.LONG)).isEqualTo(field);
    }

    @Test
    void minimumDeCommandeMeansQuantityForProductsAndValueForSuppliers() {
        assertThat(Headers.fieldFor("Minimum de commande", Dataset.PRODUCTS, Layout.LONG)).isEqualTo(Field.MOQ);
        assertThat(Headers.fieldFor("Minimum de commande (€)", Dataset.SUPPLIERS, Layout.LONG))
                .isEqualTo(Field.MINIMUM_ORDER_VALUE);
    }

    @Test
    void noHeaderCanMeanTwoFieldsOfOneDataset() {
        for (Dataset dataset : Dataset.values()) {
            for (Layout layout : Layout.values()) {
                Map<String, Field> owner = new HashMap<>();
                List<String> clashes = new ArrayList<>();
                for (Field field : Field.fieldsOf(dataset, layout)) {
                    for (String synonym : field.synonyms()) {
                        for (String key : List.of(Text.normalise(synonym), Text.normaliseWithoutBrackets(synonym))) {
                            Field previous = owner.putIfAbsent(key, field);
                            if (previous != null && previous != field) {
                                clashes.add(dataset + "/" + layout + ": '" + key + "' " + previous + " & " + field);
                            }
                        }
                    }
                }
                assertThat(clashes).isEmpty();
            }
        }
    }

    @Test
    void everyFieldBelongsToADatasetAndHasBothHeaders() {
        for (Field field : Field.values()) {
            assertThat(field.datasets()).as(field.name()).isNotEmpty();
            assertThat(field.datasets()).containsAll(field.requiredIn());
            assertThat(field.englishHeader()).isNotBlank();
            assertThat(field.frenchHeader()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {"Ventes;SALES", "Sales 2025;SALES", "Articles;PRODUCTS",
            "Products;PRODUCTS", "Sites;LOCATIONS", "Magasins;LOCATIONS", "Locations;LOCATIONS",
            "Fournisseurs;SUPPLIERS", "Suppliers;SUPPLIERS", "Stock;STOCK", "Stock magasins;STOCK",
            "Commandes;PURCHASE_ORDERS", "Purchase orders;PURCHASE_ORDERS", "Promotions;PROMOTIONS"})
    void sheetNamesSuggestTheirDataset(String sheetName, Dataset dataset) {
        assertThat(Headers.datasetFromName(sheetName)).isEqualTo(dataset);
    }

    @Test
    void frenchHeadersAreToldFromEnglishOnes() {
        assertThat(Headers.looksFrench(List.of("Date", "Code article", "Magasin", "Canal", "Quantité"))).isTrue();
        assertThat(Headers.looksFrench(List.of("Date", "SKU", "Location", "Channel", "Quantity"))).isFalse();
    }

    @Test
    void wideSheetIsToldByItsDateHeaders() {
        SheetInspector.Guess guess = guess("Matrice", "Code article | Magasin | 06/01/2025 | 13/01/2025 | Total");

        assertThat(guess.layout()).isEqualTo(Layout.WIDE);
        assertThat(guess.dataset()).isEqualTo(Dataset.SALES);
        assertThat(guess.dateHeader()).containsExactly(false, false, true, true, false);
    }
}
