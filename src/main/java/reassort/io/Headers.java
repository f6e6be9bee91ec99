package reassort.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reassort.domain.Dataset;

/** Recognising headers, datasets, sheet names, and the dates heading the columns of a wide sheet. */
final class Headers {
    private Headers() {}

    /** The field a header stands for in a sheet of this dataset and layout, or null. */
    static Field fieldFor(String header, Dataset dataset, Layout layout) {
        String normalised = Text.normalise(header);
        if (normalised.isEmpty()) return null;
        if (normalised.equals("code") && layout == Layout.LONG) {
            return switch (dataset) {
                case PRODUCTS -> Field.SKU;
                case LOCATIONS -> Field.LOCATION;
                case SUPPLIERS -> Field.SUPPLIER;
                case PROMOTIONS -> Field.PROMO_CODE;
                default -> null;
            };
        }
        List<Field> fields = Field.fieldsOf(dataset, layout);
        for (Field field : fields) {
            if (field.matchesNormalised(normalised)) return field;
        }
        String withoutBrackets = Text.normaliseWithoutBrackets(header);
        for (Field field : fields) {
            if (field.matchesNormalised(withoutBrackets)) return field;
        }
        return null;
    }

    /** Whether some dataset recognises the header (used to find the header row). */
    static boolean recognised(String header) {
        for (Dataset dataset : Dataset.values()) {
            if (fieldFor(header, dataset, Layout.LONG) != null) return true;
        }
        return false;
    }

    /** Field → column index for the headers, first occurrence winning, in one dataset and layout. */
    static Map<Field, Integer> match(List<String> headers, Dataset dataset, Layout layout) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (int i = 0; i < headers.size(); i++) {
            Field field = fieldFor(headers.get(i), dataset, layout);
            if (field != null) columns.putIfAbsent(field, i);
        }
        return columns;
    }

    /** How well headers fit a dataset: fields found, less half a point per required field missing. */
    static double score(Map<Field, Integer> matched, Dataset dataset, Layout layout) {
        double score = matched.size();
        for (Field required : Field.requiredFields(dataset, layout)) {
            if (!matched.containsKey(required)) score -= 0.5;
        }
        return score;
    }

    static boolean complete(Map<Field, Integer> matched, Dataset dataset, Layout layout) {
        return matched.keySet().containsAll(Field.requiredFields(dataset, layout));
    }

    /** The dataset a sheet (or CSV file) name suggests: Ventes/Sales, Articles/Products, Sites/Magasins... */
    static Dataset datasetFromName(String sheetName) {
        String name = " " + Text.normalise(sheetName) + " ";
        if (containsAny(name, "vente", "sales", "sale", "sell", "ca ")) return Dataset.SALES;
        if (containsAny(name, "promo", "operation")) return Dataset.PROMOTIONS;
        if (containsAny(name, "commande", "purchase order", " po ", " pos ", "achat", "order")) {
            return Dataset.PURCHASE_ORDERS;
        }
        if (containsAny(name, "stock", "inventaire", "inventory")) return Dataset.STOCK;
        if (containsAny(name, "fournisseur", "supplier", "vendor")) return Dataset.SUPPLIERS;
        if (containsAny(name, "article", "produit", "product", "item", "sku", "referentiel")) {
            return Dataset.PRODUCTS;
        }
        if (containsAny(name, " site", "magasin", "location", "store", "lieux", "entrepot", "depot", "shop")) {
            return Dataset.LOCATIONS;
        }
        return null;
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) return true;
        }
        return false;
    }

    /** Whether headers look French: more of them are the French canonical headers or carry accents. */
    static boolean looksFrench(List<String> headers) {
        int french = 0;
        int english = 0;
        for (String header : headers) {
            String normalised = Text.normalise(header);
            if (normalised.isEmpty()) continue;
            boolean accented = header.toLowerCase(Locale.ROOT).chars()
                    .anyMatch(c -> "éèêëàâçôûîïùœ°".indexOf(c) >= 0);
            if (accented) {
                french++;
                continue;
            }
            for (Field field : Field.values()) {
                String fr = Text.normaliseWithoutBrackets(field.frenchHeader());
                String en = Text.normaliseWithoutBrackets(field.englishHeader());
                if (fr.equals(en)) continue;
                if (fr.equals(Text.normaliseWithoutBrackets(header))) french++;
                if (en.equals(Text.normaliseWithoutBrackets(header))) english++;
            }
        }
        return french > english;
    }

    /** A header cell that names a day or a week: a real date, an ISO or day/month date text, or a week label. */
    static LocalDate headerDate(CellValue cell, DateOrder order) {
        switch (cell.kind()) {
            case DATE:
                return cell.dateTime().toLocalDate();
            case TEXT:
                LocalDate week = DateText.week(cell.text());
                if (week != null) return week;
                DateText.Parsed parsed = DateText.parse(cell.text());
                return parsed.form() == DateText.Form.FIXED || parsed.form() == DateText.Form.ORDER_DEPENDENT
                        ? DateText.resolve(parsed, order) : null;
            default:
                return null;
        }
    }

    static boolean isWeekLabel(CellValue cell) {
        return cell.kind() == CellValue.Kind.TEXT && DateText.week(cell.text()) != null;
    }

    /** Whether a header cell could head a date column (either day/month order). */
    static boolean looksLikeDateHeader(CellValue cell) {
        return headerDate(cell, DateOrder.DAY_FIRST) != null || headerDate(cell, DateOrder.MONTH_FIRST) != null;
    }

    /**
     * The order settling the day/month question for date headers written as text, or null when none settles it.
     */
    static DateOrder headerDateEvidence(List<CellValue> headerCells) {
        for (CellValue cell : headerCells) {
            if (cell.kind() != CellValue.Kind.TEXT) continue;
            DateOrder evidence = DateText.parse(cell.text()).evidence();
            if (evidence != null) return evidence;
        }
        return null;
    }

    /**
     * A key equal for sheets of the same shape: the layout and the normalised headers in order, a wide sheet's
     * date columns counted as one "dates" token, so next week's export maps like this week's.
     */
    static String shapeKey(Layout layout, List<String> headers, List<Boolean> dateHeader) {
        List<String> parts = new ArrayList<>();
        parts.add(layout.name());
        boolean datesAdded = false;
        for (int i = 0; i < headers.size(); i++) {
            boolean isDate = i < dateHeader.size() && dateHeader.get(i);
            if (isDate) {
                if (!datesAdded) parts.add("{dates}");
                datesAdded = true;
                continue;
            }
            String normalised = Text.normalise(headers.get(i));
            if (!normalised.isEmpty()) parts.add(normalised);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
            return "v1-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
