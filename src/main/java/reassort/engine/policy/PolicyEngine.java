package reassort.engine.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import reassort.domain.Location;
import reassort.domain.ProgressListener;
import reassort.domain.Product;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.StockPosition;

/**
 * Computes replenishment proposals: for each SKU × location, its classes and service target, its safety stock and
 * policy levels over the protection interval, its inventory position, and the order (quantity, order date, receipt
 * date, source) after every pack, MOQ, maximum and minimum-value rule — each step recorded in the explanation.
 * "Today" comes from the clock.
 *
 * <p>Per item, in this order (the explanation follows it): classification (ABC on forecast yearly value × unit cost,
 * XYZ on the one-period forecast-error deviation over mean demand, unless given); service target
 * ({@link ServiceLevelRules}); source — the supplying location through a {@link TransferLane} when the location has
 * one, else the product's supplier; order date — the next order day of the source from today; protection interval —
 * wait until that day + lead time + review period (the later of the next order day and the next planning run);
 * safety stock and level ({@link SafetyStock}); policy levels; inventory position; order sizing
 * ({@link OrderSizing}); then, across lines, the supplier minimum order value ({@link MinimumOrderValueRule}).
 */
public final class PolicyEngine {
    private static final int BATCH = 2048;
    private static final String UNITS = "units";
    static final StepTemplate CLASSIFICATION = StepTemplate.of("item.classification", "Classification",
            "ABC on value, XYZ on variability", "", StepTemplate.in("value", "forecast value per year", "money"),
            StepTemplate.in("share", "cumulative share of value", "%"), StepTemplate.in("CV", "coefficient of variation", ""));
    private static final String[][] CLASS_TEXT = classTexts();
    static final StepTemplate TARGET = StepTemplate.of("service.target", "Service target", "", "%");
    static final StepTemplate EOQ = StepTemplate.of("order.eoq", "Economic order quantity", "EOQ = √(2·D·K / (h·c))",
            UNITS, StepTemplate.in("D", "forecast demand per year", UNITS), StepTemplate.in("K", "ordering cost", "money"),
            StepTemplate.in("h", "holding rate per year", ""), StepTemplate.in("c", "unit cost", "money"));
    private static final StepTemplate.Input MEAN = StepTemplate.in("μ_P", "forecast over the protection interval", UNITS);
    private static final StepTemplate.Input SS = StepTemplate.in("SS", "safety stock", UNITS);
    static final StepTemplate LEVELS_PERIODIC = StepTemplate.of("policy.levels", "Policy levels", "S = μ_P + SS",
            UNITS, MEAN, SS);
    static final StepTemplate LEVELS_REORDER = StepTemplate.of("policy.levels", "Policy levels",
            "s = μ_P + SS; S = s + Q", UNITS, MEAN, SS, StepTemplate.in("Q", "order quantity per cycle", UNITS));
    static final StepTemplate LEVELS_FIXED = StepTemplate.of("policy.levels", "Policy levels",
            "s = μ_P + SS; Q in whole packs", UNITS, MEAN, SS, StepTemplate.in("Q", "fixed order quantity", UNITS));
    static final StepTemplate LEVELS_MIN_MAX = StepTemplate.of("policy.levels", "Policy levels", "min and max as set",
            UNITS, StepTemplate.in("min", "minimum", UNITS), StepTemplate.in("max", "maximum", UNITS),
            StepTemplate.in("s (computed)", "what the computed reorder point would be", UNITS));
    static final StepTemplate PROTECTED = StepTemplate.of("policy.protectedStock", "Protected stock added",
            "S' = S + B; s' = s + B", UNITS, StepTemplate.in("S", "order-up-to level before", UNITS),
            StepTemplate.in("B", "presentation minimum and channel buffers", UNITS));
    static final StepTemplate FINAL = StepTemplate.of("order.final", "Proposed order", "q", UNITS,
            StepTemplate.in("value", "order value", "money"));
    private final Clock clock;

    public PolicyEngine(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PolicyResult plan(PolicyInput input) {
        return plan(input, ProgressListener.NONE);
    }

    /**
     * Plans every item of the input; proposals come in input order. Fails fast on an invalid item, naming it, with
     * the value and a hint. Items are planned in parallel batches; progress is reported and cancellation checked on
     * the calling thread between batches.
     */
    public PolicyResult plan(PolicyInput input, ProgressListener progress) {
        LocalDate today = LocalDate.now(clock);
        PolicySettings settings = input.settings();
        List<PolicyItem> items = input.items();
        ItemClass[] classes = classify(items, settings);
        int n = items.size();
        LineDraft[] drafts = new LineDraft[n];
        ServiceLevelRules.Resolved[][] defaultTargets = new ServiceLevelRules.Resolved[AbcClass.values().length][];
        for (AbcClass a : AbcClass.values()) {
            defaultTargets[a.ordinal()] = new ServiceLevelRules.Resolved[XyzClass.values().length];
            for (XyzClass x : XyzClass.values()) {
                defaultTargets[a.ordinal()][x.ordinal()] = settings.serviceLevels().resolve(null, null, null,
                        new ItemClass(a, x, 0, 0, 0));
            }
        }
        // items are independent until the supplier-order step: plan them in parallel, batch by batch, so that
        // cancellation and progress stay on the calling thread
        for (int from = 0; from < n; from += BATCH) {
            ProgressListener.checkCancelled();
            int to = Math.min(n, from + BATCH);
            IntStream.range(from, to).parallel().forEach(i ->
                    drafts[i] = planItemInContext(items.get(i), classes[i], input, settings, today, defaultTargets));
            progress.progress(to, n, "Planning replenishment");
        }
        List<LineDraft> draftList = Arrays.asList(drafts);
        List<SupplierOrder> orders = MinimumOrderValueStep.apply(draftList, settings.minimumOrderValueRule(),
                settings.minimumOrderValueCoverCap());
        List<Proposal> proposals = new ArrayList<>(n);
        for (LineDraft d : draftList) proposals.add(finish(d));
        return new PolicyResult(proposals, orders);
    }

    private LineDraft planItemInContext(PolicyItem item, ItemClass itemClass, PolicyInput input, PolicySettings settings,
            LocalDate today, ServiceLevelRules.Resolved[][] defaultTargets) {
        try {
            return planItem(item, itemClass, input, settings, today, defaultTargets);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SKU " + item.sku() + " at " + item.location() + ": " + e.getMessage(), e);
        }
    }

    private static String[][] classTexts() {
        String[][] texts = new String[AbcClass.values().length][XyzClass.values().length];
        for (AbcClass a : AbcClass.values()) {
            for (XyzClass x : XyzClass.values()) texts[a.ordinal()][x.ordinal()] = "class " + a + x;
        }
        return texts;
    }

    private static ItemClass[] classify(List<PolicyItem> items, PolicySettings settings) {
        int n = items.size();
        double[] values = new double[n];
        double[] cvs = new double[n];
        double periodsPerYear = settings.periodsPerYear();
        int yearPeriods = (int) Math.round(periodsPerYear);
        for (int i = 0; i < n; i++) {
            PolicyItem item = items.get(i);
            DemandForecast f = item.forecast();
            int span = Math.max(1, Math.min(f.horizon(), yearPeriods));
            double mean = f.totalOver(span) / span;
            values[i] = mean * periodsPerYear * item.product().unitCost();
            double sigma = f.hasErrorStdDev() ? f.errorStdDevAt(1) : Math.sqrt(mean);
            cvs[i] = mean > 0 ? sigma / mean : Double.NaN;
        }
        ItemClass[] computed = new Classifier(settings.classification()).classify(values, cvs);
        for (int i = 0; i < n; i++) {
            if (items.get(i).classification() != null) computed[i] = items.get(i).classification();
        }
        return computed;
    }

    private LineDraft planItem(PolicyItem item, ItemClass itemClass, PolicyInput input, PolicySettings settings, LocalDate today,
            ServiceLevelRules.Resolved[][] defaultTargets) {
        Product product = item.product();
        ItemParameters params = item.parameters();
        DemandForecast forecast = item.forecast();
        PackSize pack = PackSize.of(product.packSize());
        Explanation.Builder steps = Explanation.builder();
        List<Flag> flags = new ArrayList<>(2);

        steps.add(CLASSIFICATION, Double.NaN, CLASS_TEXT[itemClass.abc().ordinal()][itemClass.xyz().ordinal()],
                itemClass.annualValue(), itemClass.cumulativeShare() * 100, itemClass.coefficientOfVariation());

        ServiceLevelRules rules = settings.serviceLevels();
        ServiceLevelRules.Resolved target = params.target() == null && !rules.byCategory().containsKey(product.category())
                        && (item.channel() == null || !rules.byChannel().containsKey(item.channel()))
                ? defaultTargets[itemClass.abc().ordinal()][itemClass.xyz().ordinal()]
                : rules.resolve(params.target(), product.category(), item.channel(), itemClass);
        steps.add(TARGET, target.target().measure().english(), target.target().level().percent(), target.rule());

        Source source = resolveSource(item, input);
        LocalDate orderDate = OrderCalendar.nextOrderDay(today, source.orderDays());
        double waitDays = ChronoUnit.DAYS.between(today, orderDate);
        double reviewDays = Double.isNaN(source.reviewPeriodDays())
                ? OrderCalendar.reviewDays(orderDate, source.orderDays(), settings.planningCycleDays())
                : source.reviewPeriodDays();
        ProtectionInterval interval = new ProtectionInterval(waitDays, source.leadTime(), reviewDays, settings.periodLengthDays());
        interval.addStep(steps);
        LocalDate receiptDate = orderDate.plusDays((long) Math.ceil(source.leadTime().meanDays() - 1e-9));

        PolicyKind kind = params.policy() != null ? params.policy() : settings.defaultPolicy();
        double p = interval.periods();
        double dBar = p > 0 ? forecast.totalOver(p) / p : forecast.meanAt(0);
        double reviewDemand = dBar * interval.reviewPeriods();
        double eoq = Double.NaN;
        double annualDemand = forecast.totalOver(settings.periodsPerYear());
        if (!Double.isNaN(source.orderingCost()) && !Double.isNaN(settings.holdingRatePerYear())
                && product.unitCost() > 0 && annualDemand > 0
                && (kind == PolicyKind.FIXED_QUANTITY || kind == PolicyKind.REORDER_POINT_ORDER_UP_TO)) {
            double holding = settings.holdingRatePerYear() * product.unitCost();
            eoq = EconomicOrderQuantity.of(annualDemand, source.orderingCost(), holding);
            steps.add(EOQ, eoq, "", annualDemand, source.orderingCost(), settings.holdingRatePerYear(), product.unitCost());
        }
        double cycleQuantity;
        switch (kind) {
            case FIXED_QUANTITY -> {
                double q = !Double.isNaN(params.fixedQuantity()) ? params.fixedQuantity() : eoq;
                if (Double.isNaN(q)) {
                    throw new IllegalArgumentException("A fixed-quantity policy needs a quantity or, for EOQ, an ordering"
                            + " cost (supplier " + source.code() + ") and a holding rate. Maybe set the quantity on the item.");
                }
                cycleQuantity = Math.max(pack.units(), PackRounding.up().round(q, pack.units()));
            }
            case REORDER_POINT_ORDER_UP_TO -> cycleQuantity = Double.isNaN(eoq) ? reviewDemand : Math.max(eoq, reviewDemand);
            case MIN_MAX -> cycleQuantity = params.maximum() - params.minimum() > 0 ? params.maximum() - params.minimum() : reviewDemand;
            default -> cycleQuantity = reviewDemand;
        }

        SafetyStock.Result ss = SafetyStock.compute(new SafetyStock.Request(forecast, interval, target.target(),
                cycleQuantity, params.method(), settings.methodRules(), settings.allowNegativeSafetyStock()), steps);
        if (ss.poissonVarianceAssumed()) {
            flags.add(new Flag("flag.noForecastError", "No forecast-error deviation was given: the safety stock assumes"
                    + " Poisson variability. Maybe run the forecast backtest for this item."));
        }

        PolicyLevels levels = switch (kind) {
            case PERIODIC_ORDER_UP_TO -> PolicyLevels.periodic(ss.level());
            case REORDER_POINT_ORDER_UP_TO -> PolicyLevels.reorderPoint(ss.level(), ss.level() + cycleQuantity);
            case FIXED_QUANTITY -> PolicyLevels.fixedQuantity(ss.level(), cycleQuantity);
            case MIN_MAX -> PolicyLevels.minMax(params.minimum(), params.maximum());
        };
        levelsStep(steps, levels, ss, cycleQuantity, eoq);
        if (params.protectedStock() > 0 && kind != PolicyKind.MIN_MAX) {
            double b = params.protectedStock();
            levels = new PolicyLevels(levels.kind(), levels.reorderPoint() + b, levels.orderUpTo() + b, levels.fixedQuantity());
            steps.add(PROTECTED, levels.orderUpTo(), "presentation minimum and channel buffers stay on the shelf: they are"
                    + " stock that must be there, not stock that sells, so both levels rise by B", levels.orderUpTo() - b, b);
        }

        StockPosition stock = item.stock();
        if (stock == null) {
            stock = new StockPosition(product.sku(), item.location(), today, 0, 0, 0, 0);
            flags.add(new Flag("flag.noStockSnapshot", "No stock snapshot for this item: stock taken as 0."
                    + " Maybe the stock file misses this SKU × location."));
        }
        LocalDate countUntil = settings.countOnlyOrdersWithinProtectionInterval()
                ? today.plusDays((long) Math.floor(waitDays + source.leadTime().meanDays() + reviewDays)) : null;
        InventoryPosition position = InventoryPosition.of(stock, item.openOrders(), countUntil);
        String positionRule = position.laterOrders().isEmpty() ? ""
                : position.laterOrders().size() + " open order lines (" + Numbers.fmt(position.laterOrdersQuantity())
                        + " units) arrive after " + countUntil + ", beyond the protection interval, and are not counted";
        position.addStep(steps, positionRule);
        if (stock.onHand() < 0) {
            flags.add(new Flag("flag.negativeOnHand", "On-hand stock is negative (" + Numbers.fmt(stock.onHand())
                    + "). Maybe a receipt or a stock count is missing."));
        }
        for (PurchaseOrderLine line : position.countedOrders()) {
            if (line.expectedDate().isBefore(today)) {
                flags.add(new Flag("flag.overdueOrder", "Purchase order " + line.orderId() + " was expected on "
                        + line.expectedDate() + " and is still open. Maybe chase the supplier or close the line."));
            }
        }

        boolean transfer = source.kind() == SourceKind.TRANSFER;
        OrderConstraints constraints = new OrderConstraints(pack, source.rounding(),
                transfer ? 0 : product.minimumOrderQuantity(), params.maximumStock());
        OrderSizing.SizedLine sized = OrderSizing.size(levels, position.value(), constraints, steps);
        flags.addAll(sized.flags());

        Proposal proposal = new Proposal(product.sku(), item.location(), item.channel(), itemClass, target.target(),
                target.rule(), source.kind(), source.code(), levels, constraints, interval, ss.method(), ss.intervalMean(),
                ss.intervalStdDev(), ss.safetyStock(), position, sized.rawNeed(), sized.quantity(), product.unitCost(),
                orderDate, receiptDate, List.of(), flags);
        return new LineDraft(proposal, steps, constraints, dBar, transfer ? 0 : source.minimumOrderValue());
    }

    private static void levelsStep(Explanation.Builder steps, PolicyLevels levels, SafetyStock.Result ss, double q, double eoq) {
        switch (levels.kind()) {
            case PERIODIC_ORDER_UP_TO -> steps.add(LEVELS_PERIODIC, levels.orderUpTo(), PolicyKind.PERIODIC_ORDER_UP_TO.english(),
                    ss.intervalMean(), ss.safetyStock());
            case REORDER_POINT_ORDER_UP_TO -> steps.add(LEVELS_REORDER, levels.orderUpTo(),
                    PolicyKind.REORDER_POINT_ORDER_UP_TO.english() + "; Q is " + (Double.isNaN(eoq)
                            ? "the demand over the review period" : "the larger of EOQ and the demand over the review period")
                            + "; s covers the whole protection interval because the position is only looked at every review",
                    ss.intervalMean(), ss.safetyStock(), q);
            case FIXED_QUANTITY -> steps.add(LEVELS_FIXED, levels.reorderPoint(), PolicyKind.FIXED_QUANTITY.english()
                    + (Double.isNaN(eoq) ? "; Q as set for the item" : "; Q is the EOQ") + ", rounded up to whole packs",
                    ss.intervalMean(), ss.safetyStock(), q);
            case MIN_MAX -> steps.add(LEVELS_MIN_MAX, levels.orderUpTo(),
                    PolicyKind.MIN_MAX.english() + "; the computed reorder point is shown for comparison",
                    levels.reorderPoint(), levels.orderUpTo(), ss.level());
        }
    }

    private static Proposal finish(LineDraft d) {
        Proposal p = d.proposal;
        String what = d.quantity > 0
                ? "order " + Numbers.fmt(d.quantity / d.constraints.pack().units()) + " packs of " + d.constraints.pack().units()
                        + " on " + p.orderDate() + ", expected " + p.receiptDate() + ", from "
                        + (p.sourceKind() == SourceKind.SUPPLIER ? "supplier " : "location ") + p.sourceCode()
                : "no order this time; next order day " + p.orderDate();
        d.steps.add(FINAL, d.quantity, what, d.quantity * p.unitCost());
        return p.withOrder(d.quantity, d.steps.build(), d.flags);
    }

    private static Source resolveSource(PolicyItem item, PolicyInput input) {
        Location location = input.locations().get(item.location());
        if (location != null && location.supplyingLocation() != null) {
            String from = location.supplyingLocation();
            TransferLane best = null;
            for (TransferLane lane : input.transferLanes()) {
                if (!lane.fromLocation().equals(from)) continue;
                if (item.location().equals(lane.toLocation())) {
                    best = lane;
                    break;
                }
                if (lane.toLocation() == null && best == null) best = lane;
            }
            if (best == null) {
                throw new IllegalArgumentException("No transfer lane from " + from + " to " + item.location()
                        + ". Maybe add a lane from " + from + " (for all its locations or for " + item.location() + ").");
            }
            return new Source(SourceKind.TRANSFER, from, best.leadTime(), best.orderDays(), best.rounding(), 0, Double.NaN, Double.NaN);
        }
        String code = item.product().supplier();
        if (code == null) {
            throw new IllegalArgumentException("The product has no supplier and " + item.location()
                    + " has no supplying location. Maybe fill the supplier column of the product sheet.");
        }
        SupplierTerms terms = input.suppliers().get(code);
        if (terms == null) {
            throw new IllegalArgumentException("Supplier " + code + " is not in the supplier list. Maybe import the supplier sheet.");
        }
        return new Source(SourceKind.SUPPLIER, code, terms.leadTimeTo(item.location()), terms.supplier().orderDays(),
                terms.rounding(), terms.supplier().minimumOrderValue(), terms.orderingCost(), terms.reviewPeriodDays());
    }
}
