package reassort.app.allocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reassort.store.AllocationRuleRow;

/**
 * Reads an allocation rules file (docs/allocation.md): a CSV with a header, separated by {@code ;}, {@code ,} or tabs,
 * English or French headers, decimal commas accepted, {@code #} lines ignored. Columns: Rule, Channel, SKU, Category,
 * Location, Location type, Units, Percent, Max exposed, Value (only Rule is required).
 */
public final class AllocationRulesFile {
    private static final Map<String, String> HEADERS = headers();

    private AllocationRulesFile() {}

    public static List<AllocationRuleRow> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("The allocation rules file " + file + " could not be read (" + e.getMessage()
                    + "). Maybe check the path, or save it as UTF-8 CSV.");
        }
        return parse(lines, file.getFileName().toString());
    }

    static List<AllocationRuleRow> parse(List<String> lines, String fileName) {
        int headerLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replace("\uFEFF", "").strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                headerLine = i;
                break;
            }
        }
        if (headerLine < 0) return List.of();
        String header = lines.get(headerLine).replace("\uFEFF", "");
        String separator = header.contains(";") ? ";" : header.contains("\t") ? "\t" : ",";
        String[] names = header.split(separator, -1);
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < names.length; c++) {
            String canonical = HEADERS.get(normalise(names[c]));
            if (canonical == null) {
                throw new IllegalArgumentException(fileName + " line " + (headerLine + 1) + ": unknown column \"" + names[c].strip()
                        + "\". Maybe use Rule, Channel, SKU, Category, Location, Location type, Units, Percent, Max exposed, Value.");
            }
            column.put(canonical, c);
        }
        if (!column.containsKey("rule")) {
            throw new IllegalArgumentException(fileName + ": no Rule column in the header \"" + header.strip()
                    + "\". Maybe the first line is not the header.");
        }
        List<AllocationRuleRow> rows = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.strip().startsWith("#")) continue;
            String[] cells = l.split(separator, -1);
            String where = fileName + " line " + (i + 1);
            try {
                rows.add(new AllocationRuleRow(cell(cells, column, "rule"), cell(cells, column, "channel"),
                        cell(cells, column, "sku"), cell(cells, column, "category"), cell(cells, column, "location"),
                        cell(cells, column, "locationType"), number(cells, column, "units", where),
                        number(cells, column, "percent", where), number(cells, column, "maxExposed", where),
                        cell(cells, column, "value")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        // checks every row now, with its line, rather than when a run needs it
        AllocationRulesMapping.toRules(rows, fileName);
        return rows;
    }

    private static String cell(String[] cells, Map<String, Integer> column, String name) {
        Integer c = column.get(name);
        if (c == null || c >= cells.length) return "";
        String v = cells[c].strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1).strip();
        return v;
    }

    private static double number(String[] cells, Map<String, Integer> column, String name, String where) {
        String v = cell(cells, column, name).replace("%", "").replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (v.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + cell(cells, column, name) + "\" in column " + name
                    + " is not a number. Maybe write 2 or 20 %.");
        }
    }

    private static String normalise(String header) {
        String s = Normalizer.normalize(header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return s.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, String> headers() {
        Map<String, String> m = new HashMap<>();
        for (String h : List.of("rule", "regle", "type de regle")) m.put(normalise(h), "rule");
        for (String h : List.of("channel", "canal")) m.put(normalise(h), "channel");
        for (String h : List.of("sku", "article", "code article", "ref")) m.put(normalise(h), "sku");
        for (String h : List.of("category", "categorie")) m.put(normalise(h), "category");
        for (String h : List.of("location", "site", "magasin", "store")) m.put(normalise(h), "location");
        for (String h : List.of("location type", "type", "type de site")) m.put(normalise(h), "locationType");
        for (String h : List.of("units", "unites", "quantity", "quantite", "qty")) m.put(normalise(h), "units");
        for (String h : List.of("percent", "pourcentage", "%")) m.put(normalise(h), "percent");
        for (String h : List.of("max exposed", "exposition max", "cap", "plafond")) m.put(normalise(h), "maxExposed");
        for (String h : List.of("value", "valeur")) m.put(normalise(h), "value");
        return m;
    }
}
