package reassort.app.export;

import reassort.domain.ProgressListener;

/**
 * An export use case: writes the chosen proposals of one kind (orders, transfers, allocations) to XLSX or CSV, every
 * file complete or absent, then marks them EXPORTED with the file name and time, all or nothing.
 */
public interface ProposalExport {
    /**
     * @throws IllegalArgumentException when no proposal matches (with a hint)
     * @throws java.io.UncheckedIOException when a file cannot be written (nothing is left behind)
     * @throws reassort.domain.CancelledException when the thread is interrupted (nothing is left behind)
     */
    ExportResult export(ExportRequest request, ProgressListener progress);
}
