package reassort.engine.allocation;

import java.util.ArrayList;
import java.util.List;
import reassort.engine.policy.ExplanationStep;
import reassort.engine.policy.StepInput;

/**
 * What one location and channel gets of a SKU's supply, with every number that led to it. The explanation steps are
 * built from these numbers when asked ({@link #explanation()}), so a large run holds numbers only.
 *
 * @param supply whole units the source could give (available now + inbound)
 * @param totalNeed what all needs of the SKU asked together
 * @param tierSupply units left for this line's priority when its turn came (after every minimum and the higher
 *     priorities)
 * @param fromMinimum units given to bring the position up to the presentation minimum
 * @param fromShare units given by the fair share
 * @param level the fair-share level of the priority: days of cover reached (DAYS_OF_COVER) or share of the remaining
 *     need given (PROPORTIONAL_TO_NEED); NaN when supply covered every need or nothing was left
 * @param netting how the planner's decisions on other lines of the SKU × source reduced {@code supply} (null when
 *     this line was not netted: no decisions, or the line is a decided one showing its computed quantity)
 */
public record AllocationLine(
        String sku,
        String source,
        String location,
        String channel,
        int priority,
        double availableNow,
        double inbound,
        double supply,
        double totalNeed,
        double need,
        double position,
        double dailyDemand,
        double minimum,
        double tierSupply,
        double fromMinimum,
        double fromShare,
        FairShare fairShare,
        double level,
        Netting netting) {
    private static final String UNITS = "units";

    /** Whether the planner's decisions hold more units than the source's supply (this undecided line then gets 0). */
    public boolean decisionsOverSupply() {
        return netting != null && netting.overSupply() > 0;
    }

    public double quantity() {
        return fromMinimum + fromShare;
    }

    public boolean scarce() {
        return totalNeed > supply;
    }

    /** Days of cover after the allocation (NaN without demand). */
    public double coverAfter() {
        return dailyDemand > 0 ? (position + quantity()) / dailyDemand : Double.NaN;
    }

    public double coverBefore() {
        return dailyDemand > 0 ? position / dailyDemand : Double.NaN;
    }

    /** How the quantity was reached, step by step (same shape as a replenishment proposal's explanation). */
    public List<ExplanationStep> explanation() {
        List<ExplanationStep> steps = new ArrayList<>(7);
        steps.add(new ExplanationStep("alloc.supply", "Supply at " + source, "S = ⌊available + inbound⌋",
                List.of(in("available", "free stock at the source now: on hand − reserved − backorders", availableNow),
                        in("inbound", "in transit and confirmed orders within the horizon", inbound)),
                netting == null ? supply : netting.grossSupply(), UNITS, ""));
        if (netting != null) {
            steps.add(new ExplanationStep("alloc.netting", "Planner's decisions netted", "S' = max(0, S − held)",
                    List.of(in("S", "supply", netting.grossSupply()),
                            in("held", "held by " + netting.heldLines() + " edited, approved or exported line(s)", netting.held()),
                            in("freed", "freed by " + netting.rejectedLines() + " rejected line(s): what they would have got",
                                    netting.freed())),
                    supply, UNITS, netting.overSupply() > 0
                            ? "planner decisions hold " + ChannelBuffer.fmt(netting.overSupply()) + " units more than the "
                                    + "supply: the undecided lines get nothing"
                            : "decided lines keep their quantity; rejected lines take nothing and the undecided lines share "
                                    + "the rest"));
        }
        steps.add(new ExplanationStep("alloc.need", "Need of " + location + " × " + channel, "need",
                List.of(in("IP", "stock position", position), new StepInput("d", "forecast per day", dailyDemand, "units/day"),
                        in("Σ need", netting == null ? "what every location and channel asks for this SKU"
                                : "what the undecided lines ask for this SKU", totalNeed)),
                need, UNITS, ""));
        if (!scarce()) {
            steps.add(new ExplanationStep("alloc.enough", "Supply covers every need", "q = need",
                    List.of(in(netting == null ? "S" : "S'", "supply", supply), in("Σ need", "total need", totalNeed)), quantity(), UNITS,
                    "no rationing: every location and channel gets what it asks"));
            return steps;
        }
        steps.add(new ExplanationStep("alloc.minimum", "Presentation minimum", "min(need, max(0, min − IP))",
                List.of(in("min", "presentation minimum", minimum), in("IP", "stock position", position)),
                fromMinimum, UNITS, "minimums are served before any fair share, higher priorities first"));
        steps.add(new ExplanationStep("alloc.priority", "Priority " + priority + " of channel " + channel,
                "supply left for this priority", List.of(in(netting == null ? "S" : "S'", "supply", supply)), tierSupply, UNITS,
                "lower priority numbers are served in full before higher ones share what is left"));
        if (fairShare == FairShare.DAYS_OF_COVER) {
            steps.add(new ExplanationStep("alloc.fairShare", "Fair share (equal days of cover)",
                    "q = clamp(L·d − IP', 0, need left), Σ q = supply left",
                    List.of(new StepInput("L", "days of cover every location of this priority is raised to", level, "days"),
                            new StepInput("d", "forecast per day", dailyDemand, "units/day"),
                            in("IP'", "position after the minimum", position + fromMinimum),
                            in("need left", "need after the minimum", need - fromMinimum)),
                    fromShare, UNITS, "whole units: the leftover units go to the lines with the lowest cover"));
        } else {
            steps.add(new ExplanationStep("alloc.fairShare", "Fair share (same share of need)",
                    "q = need left × f, Σ q = supply left",
                    List.of(new StepInput("f", "share of the remaining need every line of this priority gets", level, ""),
                            in("need left", "need after the minimum", need - fromMinimum)),
                    fromShare, UNITS, "whole units: the leftover units go to the largest remainders"));
        }
        steps.add(new ExplanationStep("alloc.final", "Allocated", "q = minimum + share",
                List.of(new StepInput("cover", "days of cover after the allocation", coverAfter(), "days")),
                quantity(), UNITS, quantity() < need ? "short of the need by " + ChannelBuffer.fmt(need - quantity())
                        + " units: supply is scarce" : "need met"));
        return steps;
    }

    private static StepInput in(String symbol, String name, double value) {
        return new StepInput(symbol, name, value, UNITS);
    }
}
