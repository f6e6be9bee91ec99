package reassort.ui.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import reassort.app.allocation.AllocationComparison;
import reassort.app.allocation.RunAllocation;
import reassort.app.scenario.ScenarioResult;
import reassort.ui.common.I18n;

/**
 * The allocation part of the side-by-side comparison: one row per measure, the baseline's value then each scenario's
 * (every scenario is compared with the same plan, so the first computed one gives the baseline column).
 */
public final class AllocationRows {
    private AllocationRows() {}

    /** A measure and its value for the baseline and each scenario. */
    public record Row(String measure, List<String> values) {}

    static List<Row> of(List<ScenarioResult> results, I18n i18n) {
        List<Row> rows = new ArrayList<>();
        if (results.isEmpty()) return rows;
        Optional<AllocationComparison> first = results.stream().map(ScenarioResult::allocation)
                .filter(AllocationComparison::computed).findFirst();
        List<String> status = new ArrayList<>();
        status.add(first.map(a -> i18n.text("scenarios.alloc.rules", i18n.text(a.rulesSource().equals("defaults")
                ? "scenarios.alloc.defaultRules" : "scenarios.alloc.storedRules"))).orElse(""));
        for (ScenarioResult r : results) {
            AllocationComparison a = r.allocation();
            status.add(a.computed() ? i18n.text("scenarios.alloc.computed", i18n.integer(a.skus()), i18n.integer(a.scenarioScarce()))
                    : i18n.text("scenarios.alloc.notComputed",
                            i18n.text("scenarios.alloc.skipped." + a.skipped().name(), i18n.integer(a.skus()),
                                    RunAllocation.HORIZON_DAYS)));
        }
        rows.add(new Row(i18n.text("scenarios.alloc.status"), status));
        if (first.isEmpty()) return rows;

        Set<String> channels = new TreeSet<>();
        Set<String> locations = new TreeSet<>();
        for (ScenarioResult r : results) {
            r.allocation().channels().forEach(ch -> channels.add(ch.channel()));
            r.allocation().locations().stream().filter(l -> l.extraAllocated() != 0)
                    .forEach(l -> locations.add(l.location()));
        }
        for (String channel : channels) {
            rows.add(row(i18n.text("scenarios.alloc.allocated", channel), results, a -> channel(a, channel)
                    .map(ch -> fill(i18n, ch.baselineAllocated(), ch.baselineFill())).orElse(""), a -> channel(a, channel)
                    .map(ch -> fill(i18n, ch.scenarioAllocated(), ch.scenarioFill())).orElse("")));
            rows.add(row(i18n.text("scenarios.alloc.shortfall", channel), results,
                    a -> channel(a, channel).map(ch -> i18n.number(ch.baselineShortfall(), 0)).orElse(""),
                    a -> channel(a, channel).map(ch -> i18n.number(ch.scenarioShortfall(), 0)).orElse("")));
        }
        for (String location : locations) {
            rows.add(row(i18n.text("scenarios.alloc.location", location), results,
                    a -> location(a, location).map(l -> i18n.number(l.baselineAllocated(), 0)).orElse(""),
                    a -> location(a, location).map(l -> signed(i18n, l.scenarioAllocated(), l.extraAllocated())).orElse("")));
        }
        rows.add(row(i18n.text("scenarios.alloc.transfers"), results,
                a -> i18n.text("scenarios.alloc.transferValue", i18n.integer(a.baselineTransfers().count()),
                        i18n.number(a.baselineTransfers().units(), 0)),
                a -> i18n.text("scenarios.alloc.transferAdded", i18n.integer(a.scenarioTransfers().count()),
                        i18n.number(a.scenarioTransfers().units(), 0), i18n.integer(a.transfersAdded()),
                        i18n.number(a.transferUnitsAdded(), 0))));
        rows.add(row(i18n.text("scenarios.alloc.linesChanged"), results, a -> "", a -> i18n.integer(a.changes().size())));
        return rows;
    }

    private static Row row(String measure, List<ScenarioResult> results, Function<AllocationComparison, String> baseline,
            Function<AllocationComparison, String> scenario) {
        List<String> values = new ArrayList<>();
        values.add(results.stream().map(ScenarioResult::allocation).filter(AllocationComparison::computed).findFirst()
                .map(baseline).orElse(""));
        for (ScenarioResult r : results) values.add(r.allocation().computed() ? scenario.apply(r.allocation()) : "–");
        return new Row(measure, values);
    }

    private static Optional<AllocationComparison.ChannelRow> channel(AllocationComparison a, String channel) {
        return a.channels().stream().filter(ch -> ch.channel().equals(channel)).findFirst();
    }

    private static Optional<AllocationComparison.LocationRow> location(AllocationComparison a, String location) {
        return a.locations().stream().filter(l -> l.location().equals(location)).findFirst();
    }

    private static String fill(I18n i18n, double units, double fill) {
        return i18n.text("scenarios.alloc.fillValue", i18n.number(units, 0), i18n.number(100 * fill, 1));
    }

    private static String signed(I18n i18n, double units, double extra) {
        return i18n.text("scenarios.alloc.extraValue", i18n.number(units, 0), (extra > 0 ? "+" : "") + i18n.number(extra, 0));
    }
}
