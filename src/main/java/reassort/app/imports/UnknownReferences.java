package reassort.app.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reassort.domain.Location;
import reassort.domain.Product;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.SalesLine;
import reassort.domain.StockPosition;
import reassort.io.ImportIssue;
import reassort.io.Severity;

/**
 * Notices sales, stock and orders of SKUs or locations that neither the store nor this import defines: a data
 * problem planners want surfaced, reported once per code with its number of rows (the rows are kept).
 */
final class UnknownReferences {
    private static final int MAX_CODES_LISTED = 200;

    private final Set<String> knownSkus;
    private final Set<String> knownLocations;
    private final Set<String> importedSkus = new HashSet<>();
    private final Set<String> importedLocations = new HashSet<>();
    private final Map<String, Reference> skus = new LinkedHashMap<>();
    private final Map<String, Reference> locations = new LinkedHashMap<>();
    private String currentFile = "";

    private static final class Reference {
        final String file;
        long rows;

        Reference(String file) {
            this.file = file;
        }
    }

    UnknownReferences(Set<String> knownSkus, Set<String> knownLocations) {
        this.knownSkus = knownSkus;
        this.knownLocations = knownLocations;
    }

    void startFile(String fileName) {
        currentFile = fileName;
    }

    void see(Record record) {
        if (record instanceof Product product) {
            importedSkus.add(product.sku());
        } else if (record instanceof Location location) {
            importedLocations.add(location.code());
        } else if (record instanceof SalesLine line) {
            reference(line.sku(), line.location());
        } else if (record instanceof StockPosition stock) {
            reference(stock.sku(), stock.location());
        } else if (record instanceof PurchaseOrderLine order) {
            reference(order.sku(), order.location());
        }
    }

    private void reference(String sku, String location) {
        if (!knownSkus.contains(sku)) count(skus, sku);
        if (!knownLocations.contains(location)) count(locations, location);
    }

    private void count(Map<String, Reference> references, String code) {
        Reference reference = references.get(code);
        if (reference == null) {
            if (references.size() >= MAX_CODES_LISTED * 10) return;
            reference = new Reference(currentFile);
            references.put(code, reference);
        }
        reference.rows++;
    }

    /** Warnings for the codes still unknown once every file of the import has been read. */
    List<ImportIssue> issues() {
        List<ImportIssue> issues = new ArrayList<>();
        add(issues, skus, importedSkus, "SKU", "the products");
        add(issues, locations, importedLocations, "Location", "the locations");
        return issues;
    }

    private static void add(List<ImportIssue> issues, Map<String, Reference> references, Set<String> imported,
            String what, String where) {
        int listed = 0;
        for (Map.Entry<String, Reference> entry : references.entrySet()) {
            if (imported.contains(entry.getKey())) continue;
            if (listed++ == MAX_CODES_LISTED) break;
            Reference reference = entry.getValue();
            issues.add(new ImportIssue(reference.file, "", 0, what, entry.getKey(),
                    what + " " + entry.getKey() + " appears on " + reference.rows + " row(s) but is not in " + where
                            + ". The rows are kept. Maybe import the master data file too.",
                    Severity.WARNING));
        }
    }
}
