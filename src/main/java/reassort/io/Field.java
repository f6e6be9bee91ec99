package reassort.io;

import static reassort.domain.Dataset.LOCATIONS;
import static reassort.domain.Dataset.PRODUCTS;
import static reassort.domain.Dataset.PROMOTIONS;
import static reassort.domain.Dataset.PURCHASE_ORDERS;
import static reassort.domain.Dataset.SALES;
import static reassort.domain.Dataset.STOCK;
import static reassort.domain.Dataset.SUPPLIERS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import reassort.domain.Dataset;

/**
 * Every importable column of every dataset, with the datasets that use it, those that require it, its canonical
 * English and French headers and the other headers planners' files use for it. Header matching ignores case,
 * accents, punctuation and bracketed units ("Délai (jours)" matches "délai").
 */
public enum Field {
    DATE(Kind.DATE, "Date", "Date", of(SALES, STOCK), of(SALES, STOCK),
            "day", "jour", "sale date", "sales date", "date de vente", "date vente", "stock date", "date du stock",
            "date stock", "snapshot date", "as of"),
    SKU(Kind.TEXT, "SKU", "Code article", of(SALES, PRODUCTS, STOCK, PURCHASE_ORDERS, PROMOTIONS),
            of(SALES, PRODUCTS, STOCK, PURCHASE_ORDERS),
            "article", "code produit", "product code", "product", "produit", "ref", "ref article", "reference",
            "reference article", "item", "item code", "article code", "sku code", "id article", "product id",
            "code sku"),
    LABEL(Kind.TEXT, "Label", "Libellé", of(PRODUCTS, SALES), of(),
            "libelle article", "designation", "description", "product name", "nom produit", "nom article",
            "item name", "product label"),
    CATEGORY(Kind.TEXT, "Category", "Catégorie", of(PRODUCTS, PROMOTIONS), of(),
            "famille", "family", "rayon", "product category", "categorie produit", "department", "sous famille"),
    UNIT_COST(Kind.NUMBER, "Unit cost", "Coût unitaire", of(PRODUCTS), of(),
            "cost", "cout", "cout d achat", "prix d achat", "prix achat", "purchase price", "cost price",
            "unit cost eur", "cout unitaire eur", "pa"),
    UNIT_PRICE(Kind.NUMBER, "Unit price", "Prix de vente", of(PRODUCTS), of(),
            "price", "prix", "selling price", "retail price", "prix unitaire", "prix de vente ttc", "pv",
            "sales price", "unit price eur", "prix de vente eur"),
    SUPPLIER(Kind.TEXT, "Supplier", "Fournisseur", of(PRODUCTS, SUPPLIERS, PURCHASE_ORDERS), of(SUPPLIERS),
            "supplier code", "code fournisseur", "vendor", "vendor code", "supplier id", "id fournisseur"),
    SUPPLIER_REFERENCE(Kind.TEXT, "Supplier reference", "Référence fournisseur", of(PRODUCTS), of(),
            "supplier ref", "ref fournisseur", "vendor reference", "supplier sku", "code article fournisseur",
            "reference article fournisseur"),
    PACK_SIZE(Kind.INTEGER, "Pack size", "Colisage", of(PRODUCTS), of(),
            "pack", "case size", "conditionnement", "pcb", "units per pack", "unites par colis"),
    MOQ(Kind.INTEGER, "MOQ", "Minimum de commande", of(PRODUCTS), of(),
            "minimum order quantity", "min order qty", "minimum quantity", "quantite minimum",
            "quantite minimum de commande", "qte min", "minimum commande"),
    LOCATION(Kind.TEXT, "Location", "Magasin", of(SALES, LOCATIONS, STOCK, PURCHASE_ORDERS, PROMOTIONS),
            of(SALES, LOCATIONS, STOCK, PURCHASE_ORDERS),
            "site", "location code", "code site", "code magasin", "store", "store code", "shop", "boutique",
            "point de vente", "pdv", "depot", "entrepot", "warehouse", "lieu", "code lieu"),
    NAME(Kind.TEXT, "Name", "Nom", of(LOCATIONS, SUPPLIERS, PROMOTIONS), of(),
            "libelle", "location name", "nom du site", "nom site", "supplier name", "nom fournisseur",
            "raison sociale", "promotion name", "nom promo", "nom de la promotion"),
    LOCATION_TYPE(Kind.LOCATION_TYPE, "Type", "Type", of(LOCATIONS), of(LOCATIONS),
            "location type", "type de site", "type site", "type de lieu", "site type"),
    REGION(Kind.TEXT, "Region", "Région", of(LOCATIONS), of(), "zone", "area", "secteur"),
    SUPPLIED_BY(Kind.TEXT, "Supplied by", "Approvisionné par", of(LOCATIONS), of(),
            "supplying location", "replenished from", "source", "depot source", "entrepot source",
            "approvisionnement", "livre par"),
    CLICK_AND_COLLECT(Kind.FLAG, "Click & collect", "Click & collect", of(LOCATIONS), of(),
            "click collect", "clickandcollect", "c and c", "cc", "retrait magasin"),
    SHIP_FROM_STORE(Kind.FLAG, "Ship from store", "Ship from store", of(LOCATIONS), of(),
            "sfs", "expedition magasin", "expedition depuis le magasin", "ship from shop"),
    LEAD_TIME_DAYS(Kind.NUMBER, "Lead time (days)", "Délai (jours)", of(SUPPLIERS), of(SUPPLIERS),
            "lead time", "lead time days", "delai", "delai jours", "delai de livraison", "delai moyen",
            "delai d approvisionnement"),
    LEAD_TIME_STD_DEV_DAYS(Kind.NUMBER, "Lead time std dev (days)", "Écart-type délai (jours)", of(SUPPLIERS),
            of(), "lead time std dev", "lead time standard deviation", "lead time sd", "ecart type delai",
            "ecart type du delai", "ecart type"),
    ORDER_DAYS(Kind.WEEKDAYS, "Order days", "Jours de commande", of(SUPPLIERS), of(),
            "order weekdays", "jours commande", "jours de passage de commande", "ordering days"),
    MINIMUM_ORDER_VALUE(Kind.NUMBER, "Minimum order value", "Minimum de commande (€)", of(SUPPLIERS), of(),
            "minimum de commande", "minimum order", "mov", "franco", "montant minimum", "minimum order amount",
            "montant minimum de commande"),
    CHANNEL(Kind.CHANNEL, "Channel", "Canal", of(SALES), of(SALES),
            "canal de vente", "canal vente", "sales channel", "channel code", "code canal"),
    QUANTITY(Kind.NUMBER, "Quantity", "Quantité", of(SALES, PURCHASE_ORDERS), of(SALES, PURCHASE_ORDERS),
            "qty", "qte", "quantite vendue", "qte vendue", "quantity sold", "units", "unites", "units sold",
            "quantite commandee", "qte commandee", "ordered quantity", "order quantity", "volume"),
    AMOUNT(Kind.NUMBER, "Amount", "CA", of(SALES), of(),
            "revenue", "chiffre d affaires", "ca ttc", "ca ht", "montant", "sales amount", "turnover",
            "net sales", "sales value", "valeur", "ca eur", "amount eur"),
    PROMO_CODE(Kind.TEXT, "Promo code", "Code promo", of(SALES, PROMOTIONS), of(PROMOTIONS),
            "promotion code", "code promotion", "promo", "promotion", "operation", "code operation"),
    ON_HAND(Kind.NUMBER, "On hand", "Stock physique", of(STOCK), of(STOCK),
            "stock", "on hand quantity", "stock on hand", "soh", "physical stock", "stock reel",
            "quantite en stock", "qte en stock", "stock magasin"),
    RESERVED(Kind.NUMBER, "Reserved", "Réservé", of(STOCK), of(),
            "reserve", "stock reserve", "quantite reservee", "allocated", "reservations"),
    IN_TRANSIT(Kind.NUMBER, "In transit", "En transit", of(STOCK), of(),
            "transit", "stock en transit", "en cours de transfert"),
    BACKORDERS(Kind.NUMBER, "Backorders", "Reliquats", of(STOCK), of(),
            "backorder", "reliquat", "commandes en attente", "back orders"),
    ORDER_ID(Kind.TEXT, "Order", "N° commande", of(PURCHASE_ORDERS), of(PURCHASE_ORDERS),
            "order number", "order id", "order no", "po", "po number", "purchase order", "no commande",
            "numero de commande", "numero commande", "num commande", "commande", "bon de commande"),
    EXPECTED_DATE(Kind.DATE, "Expected date", "Date prévue", of(PURCHASE_ORDERS), of(PURCHASE_ORDERS),
            "expected", "delivery date", "expected delivery date", "eta", "date de livraison",
            "date de livraison prevue", "date livraison", "date de reception prevue", "due date"),
    CONFIRMED(Kind.FLAG, "Confirmed", "Confirmée", of(PURCHASE_ORDERS), of(),
            "confirme", "confirmation", "is confirmed", "statut confirme"),
    CHANNELS(Kind.CHANNELS, "Channels", "Canaux", of(PROMOTIONS), of(), "canaux de vente", "sales channels"),
    START_DATE(Kind.DATE, "Start", "Début", of(PROMOTIONS), of(PROMOTIONS),
            "start date", "date de debut", "date debut", "from", "du", "starts"),
    END_DATE(Kind.DATE, "End", "Fin", of(PROMOTIONS), of(PROMOTIONS),
            "end date", "date de fin", "date fin", "to", "ends", "jusqu au"),
    DISCOUNT_PERCENT(Kind.PERCENT, "Discount %", "Remise %", of(PROMOTIONS), of(),
            "discount", "remise", "discount percent", "taux de remise", "reduction", "pourcentage de remise"),
    MECHANIC(Kind.MECHANIC, "Mechanic", "Mécanique", of(PROMOTIONS), of(),
            "mechanism", "mecanisme", "promotion type", "type de promotion", "type promo", "promo type");

    /** What a field's values are, which decides how a cell or a constant is read. */
    public enum Kind {
        TEXT, NUMBER, INTEGER, DATE, FLAG, CHANNEL, CHANNELS, LOCATION_TYPE, WEEKDAYS, MECHANIC, PERCENT
    }

    private final Kind kind;
    private final String englishHeader;
    private final String frenchHeader;
    private final Set<Dataset> datasets;
    private final Set<Dataset> requiredIn;
    private final List<String> synonyms;
    private final Set<String> normalisedSynonyms;

    Field(Kind kind, String englishHeader, String frenchHeader, Set<Dataset> datasets, Set<Dataset> requiredIn,
            String... otherHeaders) {
        this.kind = kind;
        this.englishHeader = englishHeader;
        this.frenchHeader = frenchHeader;
        this.datasets = Collections.unmodifiableSet(datasets);
        this.requiredIn = Collections.unmodifiableSet(requiredIn);
        List<String> all = new ArrayList<>();
        all.add(englishHeader);
        all.add(frenchHeader);
        all.addAll(List.of(otherHeaders));
        this.synonyms = List.copyOf(all);
        Set<String> normalised = new LinkedHashSet<>();
        for (String synonym : all) {
            normalised.add(Text.normalise(synonym));
            normalised.add(Text.normaliseWithoutBrackets(synonym));
        }
        normalised.remove("");
        this.normalisedSynonyms = Collections.unmodifiableSet(normalised);
    }

    private static Set<Dataset> of(Dataset... datasets) {
        return datasets.length == 0 ? EnumSet.noneOf(Dataset.class) : EnumSet.copyOf(List.of(datasets));
    }

    public Kind kind() {
        return kind;
    }

    public String englishHeader() {
        return englishHeader;
    }

    public String frenchHeader() {
        return frenchHeader;
    }

    /** The datasets that have this column in a long layout. */
    public Set<Dataset> datasets() {
        return datasets;
    }

    /** The datasets whose rows need this value (from a column or a constant) in a long layout. */
    public Set<Dataset> requiredIn() {
        return requiredIn;
    }

    /** English and French headers first, then the other headers recognised, as written. */
    public List<String> synonyms() {
        return synonyms;
    }

    public boolean usedIn(Dataset dataset, Layout layout) {
        return fieldsOf(dataset, layout).contains(this);
    }

    public boolean requiredIn(Dataset dataset, Layout layout) {
        return requiredFields(dataset, layout).contains(this);
    }

    boolean matchesNormalised(String normalisedHeader) {
        return normalisedSynonyms.contains(normalisedHeader);
    }

    /**
     * The fields a sheet of this dataset and layout can map. A wide sheet carries only the identifying columns;
     * dates and quantities come from the matrix.
     */
    public static List<Field> fieldsOf(Dataset dataset, Layout layout) {
        List<Field> fields = new ArrayList<>();
        if (layout == Layout.WIDE) {
            if (dataset == SALES) fields.addAll(List.of(SKU, LABEL, LOCATION, CHANNEL));
            return List.copyOf(fields);
        }
        for (Field field : values()) {
            if (field.datasets.contains(dataset)) fields.add(field);
        }
        return List.copyOf(fields);
    }

    public static List<Field> requiredFields(Dataset dataset, Layout layout) {
        List<Field> fields = new ArrayList<>();
        for (Field field : fieldsOf(dataset, layout)) {
            if (field.requiredIn.contains(dataset)) fields.add(field);
        }
        return List.copyOf(fields);
    }
}
