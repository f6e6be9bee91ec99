package reassort.app.sample;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fixed, fictional master data the sample retailer is drawn from: categories, items, suppliers, stores. */
final class Catalogue {
    private Catalogue() {}

    record Item(String label, DemandArchetype archetype, double price, String supplierCode) {}

    record Category(String name, int skuPrefix, String supplierCode, double webReturnFactor, List<Item> items) {}

    record SupplierSpec(
            String code,
            String name,
            String referenceTag,
            double leadTimeDays,
            double leadTimeStdDevDays,
            Set<DayOfWeek> orderDays,
            double minimumOrderValue,
            int confirmationDays,
            int orderCycleDays,
            int moqPacks) {}

    record StoreSpec(
            String code,
            String name,
            String region,
            double size,
            boolean viaHub,
            boolean clickAndCollect,
            boolean shipFromStore,
            boolean openOnSunday,
            int transitDays,
            boolean south) {}

    static final String WAREHOUSE = "WH-CENTRAL";
    static final String HUB = "HUB-SUD";
    static final String WAREHOUSE_NAME = "Entrepôt central Orléans-Saran";
    static final String WAREHOUSE_REGION = "Centre-Val de Loire";
    static final String HUB_NAME = "Hub régional Sud (Avignon)";
    static final String HUB_REGION = "Provence-Alpes-Côte d'Azur";
    static final String SOUTH_REGION = "Provence-Alpes-Côte d'Azur";

    static final List<SupplierSpec> SUPPLIERS = List.of(
            new SupplierSpec("FRN101", "Arcane Cuisine SAS (Lyon)", "ARC", 7, 1.5, days(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 800, 3, 14, 0),
            new SupplierSpec("FRN102", "Tissages du Nord (Roubaix)", "TDN", 10, 2, days(DayOfWeek.TUESDAY), 600, 3, 14, 0),
            new SupplierSpec("FRN103", "Maison Lumière (Limoges)", "MLU", 12, 3, days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 500, 3, 14, 0),
            new SupplierSpec("FRN104", "Jardins de Provence (Cavaillon)", "JDP", 8, 2, days(), 1000, 2, 10, 0),
            new SupplierSpec("FRN105", "Ludiko Toys Ltd (Hong Kong)", "LDK", 45, 7, days(DayOfWeek.MONDAY), 5000, 7, 28, 20),
            new SupplierSpec("FRN106", "Outils Mercier (Saint-Étienne)", "OMR", 3, 0.8, days(), 300, 0, 7, 0),
            new SupplierSpec("FRN107", "Orient Home Import (Shenzhen)", "OHI", 38, 6, days(DayOfWeek.THURSDAY), 4000, 5, 28, 20),
            new SupplierSpec("FRN108", "Werkhaus GmbH (Stuttgart)", "WKH", 14, 3, days(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), 1500, 3, 14, 5));

    /** In order of size for the sample: the SMALL sample keeps the first four (one of them served by the hub). */
    static final List<StoreSpec> STORES = List.of(
            new StoreSpec("MAG-PARIS", "Paris Rivoli", "Île-de-France", 1.7, false, true, true, true, 1, false),
            new StoreSpec("MAG-LYON", "Lyon Part-Dieu", "Auvergne-Rhône-Alpes", 1.3, false, true, false, false, 1, false),
            new StoreSpec("MAG-MARSEILLE", "Marseille Prado", "Provence-Alpes-Côte d'Azur", 1.2, true, true, true, false, 1, true),
            new StoreSpec("MAG-LILLE", "Lille Euralille", "Hauts-de-France", 1.1, false, false, false, false, 1, false),
            new StoreSpec("MAG-NANTES", "Nantes Atlantis", "Pays de la Loire", 1.0, false, true, false, false, 1, false),
            new StoreSpec("MAG-BORDEAUX", "Bordeaux Sainte-Catherine", "Nouvelle-Aquitaine", 1.0, false, true, true, false, 2, true),
            new StoreSpec("MAG-TOULOUSE", "Toulouse Capitole", "Occitanie", 1.0, true, true, false, false, 1, true),
            new StoreSpec("MAG-STRASBOURG", "Strasbourg Kléber", "Grand Est", 0.9, false, false, false, false, 2, false),
            new StoreSpec("MAG-RENNES", "Rennes Alma", "Bretagne", 0.8, false, true, false, false, 1, false),
            new StoreSpec("MAG-NICE", "Nice Masséna", "Provence-Alpes-Côte d'Azur", 0.9, true, false, false, true, 1, true),
            new StoreSpec("MAG-MONTPELLIER", "Montpellier Odysseum", "Occitanie", 0.8, true, true, false, false, 1, true),
            new StoreSpec("MAG-DIJON", "Dijon Toison d'Or", "Bourgogne-Franche-Comté", 0.6, false, false, false, false, 1, false));

    static final List<Category> CATEGORIES = List.of(
            category("Cuisine", 1, "FRN101", 1.0, """
                    Poêle inox 28 cm|S|29.90
                    Casserole inox 18 cm|S|24.90
                    Faitout fonte émaillée 24 cm|I|89.00
                    Couteau de chef 20 cm|S|34.90
                    Planche à découper bambou|S|12.90|FRN107
                    Set de 6 verres à eau|S|14.90
                    Moule à cake antiadhésif|S|9.90
                    Robot pâtissier 1000 W|I|249.00
                    Bouilloire électrique 1,7 L|S|39.90
                    Cafetière à piston 1 L|D|24.90
                    Théière en fonte 0,8 L|I|44.90|FRN107
                    Boîtes de conservation verre x3|T|19.90
                    Gourde isotherme 500 ml|T|17.90|FRN107
                    Essuie-tout lavable x6|N|8.90
                    Ustensiles silicone x5|S|15.90|FRN107
                    Mug céramique 35 cl|S|5.90|FRN107
                    Coffret couteaux à steak x6|W|49.90
                    Appareil à raclette 8 personnes|W|59.90
                    Service à fondue 6 personnes|W|54.90
                    Saladier verre 26 cm|U|11.90
                    Carafe à eau 1 L|U|9.90
                    Friteuse sans huile 4 L|T|99.00
                    Autocuiseur 6 L|I|79.90
                    Cuiseur vapeur bambou|N|22.90|FRN107
                    Moulin à poivre bois|S|19.90
                    Tablier de cuisine coton|D|12.90
                    Plat à gratin céramique|S|16.90
                    """),
            category("Linge de maison", 2, "FRN102", 1.25, """
                    Housse de couette 240x220 blanche|S|49.90
                    Drap housse 140x190|S|19.90
                    Taies d'oreiller 65x65 (lot de 2)|S|12.90
                    Serviette de bain 70x140|S|14.90
                    Drap de bain 100x150|S|24.90
                    Plaid polaire 130x170|W|19.90
                    Couette tempérée 240x260|W|69.90
                    Oreiller mémoire de forme|T|39.90
                    Nappe enduite 150x250|U|29.90
                    Torchons coton (lot de 3)|S|9.90
                    Peignoir éponge adulte|I|39.90
                    Rideau occultant 140x260|S|29.90
                    Voilage lin 140x280|D|34.90
                    Tapis de bain 50x80|S|12.90
                    Parure de lit enfant|I|34.90
                    Couverture laine 220x240|I|89.00
                    Serviette de plage 100x180|U|19.90
                    Coussin de sol 60x60|T|29.90
                    Protège-matelas 140x190|S|24.90
                    Housse de couette lin lavé 220x240|N|119.00
                    Jeté de lit gaufré 230x250|D|59.90
                    Gants de toilette (lot de 4)|S|7.90
                    Drap plat 240x300 percale|I|44.90
                    Sets de table (lot de 4)|U|14.90
                    Chemin de table de Noël|W|14.90
                    Housse de coussin velours 40x40|N|12.90
                    Bouillotte et housse tricot|W|16.90
                    """),
            category("Décoration", 3, "FRN103", 1.1, """
                    Bougie parfumée vanille|S|9.90|FRN107
                    Photophore verre|S|7.90|FRN107
                    Cadre photo 13x18|S|8.90|FRN107
                    Miroir rond 60 cm|I|59.90
                    Vase céramique 30 cm|S|24.90
                    Coussin cœur velours|D|14.90
                    Guirlande lumineuse 10 m|W|19.90|FRN107
                    Sapin artificiel 180 cm|W|129.00|FRN107
                    Boules de Noël verre (lot de 12)|W|14.90|FRN107
                    Crèche en bois|W|39.90
                    Horloge murale 40 cm|I|34.90
                    Olivier artificiel 120 cm|T|79.90|FRN107
                    Diffuseur de parfum bâtonnets|T|16.90
                    Lampe à poser céramique|I|49.90
                    Panier en jonc de mer|S|19.90|FRN107
                    Tableau toile abstraite 50x70|D|39.90
                    Lanterne métal noir|U|24.90|FRN107
                    Étoile lumineuse de fenêtre|W|12.90|FRN107
                    Bougeoir laiton|N|18.90
                    Suspension rotin 45 cm|N|69.90
                    Cache-pot terre cuite|U|12.90
                    Portemanteau mural chêne|I|44.90
                    Boîte à bijoux velours|W|17.90
                    Bougie de Noël cannelle|W|8.90
                    Tapis berbère 160x230|I|149.00
                    Calendrier de l'Avent en bois|W|34.90
                    Miroir soleil rotin|T|54.90
                    """),
            category("Jardin", 4, "FRN104", 0.85, """
                    Tondeuse électrique 1400 W|U|149.00
                    Tuyau d'arrosage 25 m|U|29.90
                    Pistolet d'arrosage 7 jets|U|12.90
                    Terreau universel 40 L|U|8.90
                    Pot en terre cuite 30 cm|U|14.90
                    Chaise de jardin pliante|U|34.90
                    Table de jardin 6 places|U|249.00
                    Parasol déporté 3 m|U|179.00
                    Barbecue charbon 57 cm|U|129.00
                    Charbon de bois 10 kg|U|14.90
                    Gants de jardinage|S|6.90
                    Sécateur à lame franche|S|19.90
                    Graines de gazon 1 kg|U|12.90
                    Engrais tomates 1 kg|U|9.90
                    Arrosoir 10 L|U|11.90
                    Bâche de protection 3x4 m|I|19.90
                    Nichoir à oiseaux bois|T|16.90
                    Boules de graisse oiseaux (lot de 6)|W|4.90
                    Souffleur de feuilles|I|89.00
                    Composteur 400 L|T|69.90
                    Récupérateur d'eau 300 L|N|89.00
                    Guirlande solaire 20 LED|U|17.90|FRN107
                    Plancha gaz 2 brûleurs|U|199.00
                    Coussin de chaise extérieur|U|14.90
                    Taille-haie électrique|I|79.90
                    Jardinière balcon 60 cm|U|9.90
                    Kit potager enfant|N|19.90
                    """),
            category("Jouets", 5, "FRN105", 0.85, """
                    Puzzle 1000 pièces|S|14.90
                    Peluche ours 30 cm|W|19.90
                    Jeu de société familial|W|29.90
                    Circuit de voitures|W|49.90
                    Poupée mannequin|W|24.90
                    Briques de construction 500 pièces|W|39.90
                    Pâte à modeler (lot de 8)|S|9.90
                    Ballon de football|U|12.90
                    Pistolet à eau|U|9.90
                    Kit de plage seau et pelle|U|7.90
                    Trottinette enfant|W|59.90
                    Cuisine de jeu en bois|W|119.00
                    Livre d'éveil sonore|S|12.90
                    Jeu de cartes rapide|S|8.90
                    Robot programmable|T|69.90
                    Kit slime|D|14.90
                    Toupies de combat (lot de 2)|D|19.90
                    Figurine dinosaure|S|11.90
                    Drone enfant|N|79.90
                    Tapis d'éveil bébé|I|44.90
                    Déguisement de chevalier|I|24.90
                    Jeu de quilles en bois|S|19.90
                    Maison de poupée|I|89.00
                    Cerf-volant|U|16.90
                    Kit scientifique volcans|T|24.90
                    Perles à repasser (3000)|N|12.90
                    Calendrier de l'Avent jouets|W|29.90
                    """),
            category("Bricolage", 6, "FRN106", 0.8, """
                    Perceuse visseuse 18 V|S|89.00|FRN108
                    Coffret de forets (15 pièces)|S|19.90|FRN108
                    Boîte de vis 4x40 (200)|S|6.90
                    Chevilles nylon 6 mm (100)|S|4.90
                    Mètre ruban 5 m|S|7.90
                    Niveau à bulle 60 cm|S|14.90
                    Marteau de menuisier|S|12.90
                    Tournevis (lot de 6)|S|14.90
                    Scie égoïne 50 cm|I|17.90
                    Ponceuse orbitale|I|69.00|FRN108
                    Scie sauteuse 650 W|I|79.00|FRN108
                    Ruban de masquage 50 m|S|3.90
                    Peinture blanche mate 2,5 L|U|29.90
                    Rouleau peinture 180 mm|U|8.90
                    Escabeau 5 marches|I|59.90
                    Colle de fixation 290 ml|S|6.90
                    Mastic silicone sanitaire|S|7.90
                    Lampe frontale LED|T|19.90
                    Ampoules LED E27 (lot de 3)|T|9.90
                    Ampoule halogène E27|D|4.90
                    Détecteur de fumée|S|14.90
                    Rallonge électrique 10 m|S|12.90
                    Multiprise 5 prises|S|11.90
                    Aspirateur d'atelier 20 L|I|99.00|FRN108
                    Laser croix autonivelant|N|59.90|FRN108
                    Visseuse à chocs 18 V|N|119.00|FRN108
                    Radiateur soufflant 2000 W|W|39.90
                    """));

    private static Category category(String name, int prefix, String supplier, double webReturnFactor, String items) {
        List<Item> parsed = new ArrayList<>();
        for (String line : items.strip().split("\n")) {
            String[] parts = line.strip().split("\\|");
            parsed.add(new Item(parts[0], archetype(parts[1]), Double.parseDouble(parts[2]),
                    parts.length > 3 ? parts[3] : supplier));
        }
        return new Category(name, prefix, supplier, webReturnFactor, List.copyOf(parsed));
    }

    private static DemandArchetype archetype(String letter) {
        return switch (letter) {
            case "S" -> DemandArchetype.SMOOTH;
            case "W" -> DemandArchetype.SEASONAL_WINTER;
            case "U" -> DemandArchetype.SEASONAL_SUMMER;
            case "T" -> DemandArchetype.TRENDING_UP;
            case "D" -> DemandArchetype.TRENDING_DOWN;
            case "I" -> DemandArchetype.INTERMITTENT;
            case "N" -> DemandArchetype.NEW;
            default -> throw new IllegalArgumentException("Unknown archetype letter " + letter);
        };
    }

    /**
     * The items of a category kept for a sample size: all for FULL; for smaller samples the first item of each
     * archetype first (so every archetype survives), then the rest in catalogue order.
     */
    static List<Item> pick(Category category, int count) {
        Set<Item> picked = new LinkedHashSet<>();
        Set<DemandArchetype> seen = java.util.EnumSet.noneOf(DemandArchetype.class);
        for (Item item : category.items()) {
            if (seen.add(item.archetype())) picked.add(item);
        }
        picked.addAll(category.items());
        return picked.stream().limit(count).toList();
    }

    static SupplierSpec supplier(String code) {
        return SUPPLIERS.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static Set<DayOfWeek> days(DayOfWeek... days) {
        return days.length == 0
                ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(List.of(days)));
    }
}
