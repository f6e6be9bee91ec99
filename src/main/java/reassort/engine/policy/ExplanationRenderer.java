package reassort.engine.policy;

import java.time.LocalDate;
import java.util.List;

/** Plain text of a proposal and its explanation, for the command line. */
public final class ExplanationRenderer {
    private ExplanationRenderer() {}

    public static String render(Proposal p) {
        StringBuilder b = header(new StringBuilder(2048), p.sku(), p.location(), p.channel(), p.orderQuantity(),
                p.orderDate(), p.receiptDate(), p.sourceKind(), p.sourceCode());
        appendSteps(b, p.explanation());
        for (Flag f : p.flags()) b.append("  ! ").append(f.text()).append('\n');
        return b.toString();
    }

    /** The text {@link #render(Proposal)} gives, from the parts {@link ExplanationSteps} keeps. */
    static String render(String sku, String location, String channel, double orderQuantity, LocalDate orderDate,
            LocalDate receiptDate, SourceKind sourceKind, String sourceCode, List<ExplanationStep> steps,
            List<String> flagTexts) {
        StringBuilder b = header(new StringBuilder(2048), sku, location, channel, orderQuantity, orderDate, receiptDate,
                sourceKind, sourceCode);
        appendSteps(b, steps);
        for (String f : flagTexts) b.append("  ! ").append(f).append('\n');
        return b.toString();
    }

    private static StringBuilder header(StringBuilder b, String sku, String location, String channel,
            double orderQuantity, LocalDate orderDate, LocalDate receiptDate, SourceKind sourceKind, String sourceCode) {
        b.append("SKU ").append(sku).append(" at ").append(location);
        if (channel != null) b.append(" (").append(channel).append(')');
        b.append(" — ").append(orderQuantity > 0 ? "order " + Numbers.fmt(orderQuantity) + " units on " + orderDate
                + ", expected " + receiptDate : "no order").append(", from ")
                .append(sourceKind == SourceKind.SUPPLIER ? "supplier " : "location ").append(sourceCode).append('\n');
        return b;
    }

    /** Appends numbered steps as {@link #render} prints them (allocation and transfer explanations share the layout). */
    public static StringBuilder appendSteps(StringBuilder b, java.util.List<ExplanationStep> steps) {
        int i = 1;
        for (ExplanationStep s : steps) {
            int number = i++;
            if (number < 100) b.append(number < 10 ? "  " : " "); // "%3d. " without String.format, per step of every proposal
            b.append(number).append(". ").append(s.label());
            if (!Double.isNaN(s.result())) {
                b.append(": ").append(Numbers.fmt2(s.result()));
                if (!s.unit().isEmpty()) b.append(' ').append(s.unit());
            }
            b.append("   [").append(s.formula()).append("]\n");
            if (!s.inputs().isEmpty()) {
                b.append("       ");
                boolean first = true;
                for (StepInput in : s.inputs()) {
                    if (!first) b.append("; ");
                    first = false;
                    b.append(in.symbol()).append(" = ").append(Double.isNaN(in.value()) ? "n/a" : Numbers.fmt2(in.value()));
                    if (!in.unit().isEmpty()) b.append(' ').append(in.unit());
                    b.append(" (").append(in.name()).append(')');
                }
                b.append('\n');
            }
            if (!s.rule().isEmpty()) b.append("       rule: ").append(s.rule()).append('\n');
        }
        return b;
    }
}
