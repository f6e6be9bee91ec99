package reassort.engine.policy;

/** Plain text of a proposal and its explanation, for the command line. */
public final class ExplanationRenderer {
    private ExplanationRenderer() {}

    public static String render(Proposal p) {
        StringBuilder b = new StringBuilder(2048);
        b.append("SKU ").append(p.sku()).append(" at ").append(p.location());
        if (p.channel() != null) b.append(" (").append(p.channel()).append(')');
        b.append(" — ").append(p.ordersSomething() ? "order " + Numbers.fmt(p.orderQuantity()) + " units on " + p.orderDate()
                + ", expected " + p.receiptDate() : "no order").append(", from ")
                .append(p.sourceKind() == SourceKind.SUPPLIER ? "supplier " : "location ").append(p.sourceCode()).append('\n');
        appendSteps(b, p.explanation());
        for (Flag f : p.flags()) b.append("  ! ").append(f.text()).append('\n');
        return b.toString();
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
