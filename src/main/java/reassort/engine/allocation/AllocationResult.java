package reassort.engine.allocation;

import java.util.List;

/** The allocation lines (in request order, need by need) and the transfer proposals of one run. */
public record AllocationResult(List<AllocationLine> lines, List<TransferLine> transfers) {
    public AllocationResult {
        lines = List.copyOf(lines);
        transfers = List.copyOf(transfers);
    }

    public double allocatedUnits() {
        double total = 0;
        for (AllocationLine l : lines) total += l.quantity();
        return total;
    }

    public long scarceLines() {
        return lines.stream().filter(AllocationLine::scarce).count();
    }
}
