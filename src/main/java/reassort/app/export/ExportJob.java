package reassort.app.export;

import java.util.List;
import java.util.function.BooleanSupplier;
import reassort.app.export.ExportLayout.ExportGroup;
import reassort.store.PendingMarks;

/**
 * What differs between the kinds of export, for {@link GroupedExport#run}: which lines a request selects, how they
 * are grouped into sheets (or CSV files), their layout, and how the store marks them exported.
 *
 * @param <L> the line record
 */
interface ExportJob<L> {
    ExportLayout<L> layout();

    /** The lines a request selects, in the order they are written. */
    List<L> lines(ExportRequest request);

    /** Why nothing was selected, with a hint. */
    String nothingToExport(ExportRequest request);

    /** The sheets (or CSV groups): per source, or per source × destination when {@code split}. */
    List<ExportGroup<L>> groups(List<L> sortedLines, boolean split);

    double units(L line);

    double value(L line);

    /**
     * Marks the lines of every file EXPORTED with that file's name, in one transaction left open until the files
     * are in place ({@link PendingMarks#commit}); {@code stopped} is asked between batches of rows.
     */
    PendingMarks prepareMarks(List<GroupedExport.WrittenFile<L>> files, BooleanSupplier stopped);
}
