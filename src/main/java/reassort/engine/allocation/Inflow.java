package reassort.engine.allocation;

import java.time.LocalDate;
import reassort.domain.Require;

/** Stock expected at a location on a date: in transit, on a confirmed purchase order, or coming back as returns. */
public record Inflow(LocalDate date, double quantity, Kind kind) {
    public enum Kind {
        IN_TRANSIT,
        PURCHASE_ORDER,
        RETURNS
    }

    public Inflow {
        Require.present(date, "Date of an inflow");
        Require.nonNegative(quantity, "Inflow quantity on " + date);
        Require.present(kind, "Kind of inflow on " + date);
    }
}
