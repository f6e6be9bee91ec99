package reassort.engine.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import reassort.domain.ProgressListener;

/**
 * Runs the {@link Allocator} over every SKU's supply and the {@link TransferPlanner} over every SKU's locations. SKUs
 * are independent: they are computed in parallel batches; progress is reported and cancellation checked on the calling
 * thread between batches.
 */
public final class AllocationEngine {
    private static final int BATCH = 512;

    public AllocationResult run(AllocationInput input, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        AllocationRules rules = input.rules();
        List<AllocationRequest> requests = input.requests();
        List<TransferRequest> transfers = input.transfers();
        long total = (long) requests.size() + transfers.size();
        @SuppressWarnings("unchecked")
        List<AllocationLine>[] allocated = new List[requests.size()];
        for (int from = 0; from < requests.size(); from += BATCH) {
            ProgressListener.checkCancelled();
            int to = Math.min(requests.size(), from + BATCH);
            IntStream.range(from, to).parallel().forEach(i -> allocated[i] = allocate(requests.get(i), rules));
            listener.progress(to, total, "Allocating scarce supply");
        }
        @SuppressWarnings("unchecked")
        List<TransferLine>[] moved = new List[transfers.size()];
        for (int from = 0; from < transfers.size(); from += BATCH) {
            ProgressListener.checkCancelled();
            int to = Math.min(transfers.size(), from + BATCH);
            IntStream.range(from, to).parallel().forEach(i -> {
                TransferRequest t = transfers.get(i);
                moved[i] = TransferPlanner.plan(t.sku(), t.unitMargin(), t.sites(), rules, t.decisions());
            });
            listener.progress(requests.size() + to, total, "Looking for transfers");
        }
        List<AllocationLine> lines = new ArrayList<>();
        for (List<AllocationLine> l : allocated) lines.addAll(l);
        List<TransferLine> transferLines = new ArrayList<>();
        for (List<TransferLine> l : moved) transferLines.addAll(l);
        return new AllocationResult(lines, transferLines);
    }

    private static List<AllocationLine> allocate(AllocationRequest request, AllocationRules rules) {
        try {
            return Allocator.allocate(request, rules.fairShare());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SKU " + request.sku() + " from " + request.source() + ": " + e.getMessage(), e);
        }
    }
}
