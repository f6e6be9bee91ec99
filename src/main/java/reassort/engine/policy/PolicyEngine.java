package reassort.engine.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 */
public final class PolicyEngine {
    private final Clock clock;

    public PolicyEngine(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PolicyResult plan(PolicyInput input) {
        return plan(input, ProgressListener.NONE);
    }

    /**
     * Plans every item of the input, in order. Fails fast on the first invalid item, naming it, with the value and a
     * hint.
     */
    public PolicyResult plan(PolicyInput input, ProgressListener progress) {
        LocalDate today = LocalDate.now(clock);
        PolicySettings settings = input.settings();
        List<PolicyItem> items = input.items();
        ItemClass[] classes = classify(items, settings);
        List<LineDraft> drafts = new ArrayList<>(items.size());
        int n = items.size();
        for (int i = 0; i < n; i++) {
            ProgressListener.checkCancelled();
            PolicyItem item = items.get(i);
            try {
                drafts.add(planItem(item, classes[i], input, settings, today));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("SKU " + item.sku() + " at " + item.location() + ": " + e.getMessage(), e);
            }
            if ((i + 1) % 1000 == 0 || i + 1 == n) progress.progress(i + 1, n, "Planning replenishment");
        }
        List<SupplierOrder> orders = MinimumOrderValueStep.apply(drafts, settings.minimumOrderValueRule());
        List<Proposal> proposals = new ArrayList<>(drafts.size());
        for (LineDraft d : drafts) proposals.add(finish(d));
        return new PolicyResult(proposals, orders);
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

    private LineDraft planItem(PolicyItem item, ItemClass itemClass, PolicyInput input, PolicySettings settings, LocalDate today) {
        Product product = item.product();
        ItemParameters params = item.parameters();
        DemandForecast forecast = item.forecast();
        PackSize pack = PackSize.of(product.packSize());
        List<ExplanationStep> steps = new ArrayList<>(16);
        List<Flag> flags = new ArrayList<>(2);

        steps.add(new ExplanationStep("item.classification", "Classification", "ABC on value, XYZ on variability",
                List.of(StepInput.of("value", "forecast value per year", itemClass.annualValue(), "money"),
                        StepInput.of("share", "cumulative share of value", itemClass.cumulativeShare() * 100, "%"),
                        StepInput.of("CV", "coefficient of variation", itemClass.coefficientOfVariation(), "")),
                Double.NaN, "", "class " + itemClass.abc() + itemClass.xyz()));

        ServiceLevelRules.Resolved target = settings.serviceLevels().resolve(params.target(), product.category(),
                item.channel(), itemClass);
        steps.add(new ExplanationStep("service.target", "Service target", target.target().measure().english(),
                List.of(), target.target().level().percent(), "%", target.rule()));

        Source source = resolveSource(item, input);
        LocalDate orderDate = OrderCalendar.nextOrderDay(today, source.orderDays());
        double waitDays = ChronoUnit.DAYS.between(today, orderDate);
        double reviewDays = Double.isNaN(source.reviewPeriodDays())
                ? OrderCalendar.reviewDays(orderDate, source.orderDays(), settings.planningCycleDays())
                : source.reviewPeriodDays();
        ProtectionInterval interval = new ProtectionInterval(waitDays, source.leadTime(), reviewDays, settings.periodLengthDays());
        steps.add(interval.step());
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
            steps.add(new ExplanationStep("order.eoq", "Economic order quantity", "EOQ = √(2·D·K / (h·c))",
                    List.of(StepInput.of("D", "forecast demand per year", annualDemand, "units"),
                            StepInput.of("K", "ordering cost", source.orderingCost(), "money"),
                            StepInput.of("h", "holding rate per year", settings.holdingRatePerYear(), ""),
                            StepInput.of("c", "unit cost", product.unitCost(), "money")),
                    eoq, "units", ""));
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
                cycleQuantity, params.method(), settings.methodRules(), settings.allowNegativeSafetyStock()));
        steps.addAll(ss.steps());
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
        steps.add(levelsStep(levels, ss, cycleQuantity, eoq, reviewDemand));

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
        steps.add(position.step(positionRule));
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
                target.rule(), source.kind(), source.code(), levels, interval, ss.method(), ss.intervalMean(),
                ss.intervalStdDev(), ss.safetyStock(), position, sized.rawNeed(), sized.quantity(), product.unitCost(),
                orderDate, receiptDate, steps, flags);
        return new LineDraft(proposal, constraints, dBar, transfer ? 0 : source.minimumOrderValue());
    }

    private static ExplanationStep levelsStep(PolicyLevels levels, SafetyStock.Result ss, double q, double eoq, double reviewDemand) {
        List<StepInput> base = List.of(StepInput.of("μ_P", "forecast over the protection interval", ss.intervalMean(), "units"),
                StepInput.of("SS", "safety stock", ss.safetyStock(), "units"));
        return switch (levels.kind()) {
            case PERIODIC_ORDER_UP_TO -> new ExplanationStep("policy.levels", "Policy levels", "S = μ_P + SS", base,
                    levels.orderUpTo(), "units", PolicyKind.PERIODIC_ORDER_UP_TO.english());
            case REORDER_POINT_ORDER_UP_TO -> new ExplanationStep("policy.levels", "Policy levels", "s = μ_P + SS; S = s + Q",
                    List.of(base.get(0), base.get(1), StepInput.of("Q", Double.isNaN(eoq) ? "demand over the review period"
                            : "max(EOQ, demand over the review period)", q, "units")),
                    levels.orderUpTo(), "units", PolicyKind.REORDER_POINT_ORDER_UP_TO.english()
                            + "; s covers the whole protection interval because the position is only looked at every review");
            case FIXED_QUANTITY -> new ExplanationStep("policy.levels", "Policy levels", "s = μ_P + SS; Q in whole packs",
                    List.of(base.get(0), base.get(1), StepInput.of("Q", Double.isNaN(eoq) ? "fixed quantity" : "EOQ", q, "units")),
                    levels.reorderPoint(), "units", PolicyKind.FIXED_QUANTITY.english());
            case MIN_MAX -> new ExplanationStep("policy.levels", "Policy levels", "min and max as set",
                    List.of(StepInput.of("min", "minimum", levels.reorderPoint(), "units"),
                            StepInput.of("max", "maximum", levels.orderUpTo(), "units"),
                            StepInput.of("s (computed)", "what the computed reorder point would be", ss.level(), "units")),
                    levels.orderUpTo(), "units", PolicyKind.MIN_MAX.english() + "; the computed safety stock is shown for comparison");
        };
    }

    private static Proposal finish(LineDraft d) {
        Proposal p = d.proposal;
        List<ExplanationStep> steps = d.steps;
        String what = d.quantity > 0
                ? "order " + Numbers.fmt(d.quantity) + " units (" + Numbers.fmt(d.quantity / d.constraints.pack().units())
                        + " packs of " + d.constraints.pack().units() + ") on " + p.orderDate() + " (" + p.orderDate().getDayOfWeek()
                        + "), expected " + p.receiptDate() + ", from " + (p.sourceKind() == SourceKind.SUPPLIER ? "supplier "
                        : "location ") + p.sourceCode()
                : "no order this time; next order day " + p.orderDate() + " (" + p.orderDate().getDayOfWeek() + ")";
        steps.add(new ExplanationStep("order.final", "Proposed order", "q",
                List.of(StepInput.of("value", "order value", d.quantity * p.unitCost(), "money")), d.quantity, "units", what));
        return p.withOrder(d.quantity, steps, d.flags);
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
