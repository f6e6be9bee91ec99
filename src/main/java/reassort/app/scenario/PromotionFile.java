package reassort.app.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import reassort.domain.ProgressListener;
import reassort.domain.Promotion;
import reassort.io.ImportIssue;
import reassort.io.ReadResult;
import reassort.io.Severity;
import reassort.io.SpreadsheetImport;

/** Reads the promotions of a file with the PROMOTIONS import's columns (CSV or workbook), through the importer. */
public final class PromotionFile {
    private PromotionFile() {}

    /**
     * @param channels the store's channel codes
     * @throws IllegalArgumentException when a row is rejected or the file holds no promotion
     */
    public static List<Promotion> read(Path file, Set<String> channels, ProgressListener progress) {
        List<Promotion> promotions = new ArrayList<>();
        ReadResult result = new SpreadsheetImport(channels).read(file, null, record -> {
            if (record instanceof Promotion p) promotions.add(p);
        }, progress);
        if (result.hasErrors()) {
            ImportIssue first = result.issues().stream().filter(i -> i.severity() == Severity.ERROR).findFirst()
                    .orElse(result.issues().isEmpty() ? null : result.issues().get(0));
            throw new IllegalArgumentException(file.getFileName() + ": " + result.errorCount() + " row(s) rejected"
                    + (first == null ? "" : ", first: " + first) + ". Fix them and run again.");
        }
        if (promotions.isEmpty()) {
            throw new IllegalArgumentException(file.getFileName() + " holds no promotion. Maybe check its headers: "
                    + "Code | Name | SKU | Category | Channels | Location | Start | End | Discount % | Mechanic.");
        }
        return promotions;
    }
}
