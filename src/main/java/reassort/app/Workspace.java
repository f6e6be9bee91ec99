package reassort.app;

import java.nio.file.Path;
import java.time.Clock;
import reassort.app.allocation.RunAllocation;
import reassort.app.export.ExportKind;
import reassort.app.export.ExportOrders;
import reassort.app.export.ProposalExport;
import reassort.app.export.ReviewFiles;
import reassort.app.forecast.ForecastExport;
import reassort.app.forecast.RunForecast;
import reassort.app.imports.ImportFiles;
import reassort.app.imports.LoadSample;
import reassort.app.plan.RunPlan;
import reassort.store.Store;

/**
 * One open store and the use cases over it. The UI holds one; each CLI command opens one for its run. Closing it
 * closes the store.
 */
public final class Workspace implements AutoCloseable {
    private final Store store;
    private final Clock clock;

    private Workspace(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Opens (creating if needed) the store in {@code directory}, or the planner's own store when it is null. */
    public static Workspace open(Path directory, Clock clock) {
        return new Workspace(Store.open(location(directory), clock), clock);
    }

    /** The directory {@link #open} opens for {@code directory}: itself, or the planner's own store when it is null. */
    public static Path location(Path directory) {
        return directory == null ? Store.defaultDirectory() : directory;
    }

    /** A throw-away store in memory, for tests and self-tests. */
    public static Workspace inMemory(Clock clock) {
        return new Workspace(Store.inMemory(clock), clock);
    }

    public Clock clock() {
        return clock;
    }

    /** Where the store lives, as the planner should read it. */
    public String storeDescription() {
        Path directory = store.directory();
        return directory == null ? "in memory" : directory.toString();
    }

    public StoreOverview overview() {
        return StoreOverview.of(store.summary());
    }

    public ImportFiles imports() {
        return new ImportFiles(store);
    }

    public LoadSample sample() {
        return new LoadSample(imports(), clock);
    }

    /** Forecasting every series and reading the stored forecasts (with the planner's overrides). */
    public RunForecast forecasts() {
        return new RunForecast(store);
    }

    /** Planning replenishment from the latest forecast and reading the stored proposals. */
    public RunPlan plans() {
        return new RunPlan(store, clock);
    }

    /** The KPI dashboard and the exceptions list over the store. */
    public reassort.app.insight.Insights insights() {
        return new reassort.app.insight.Insights(store, clock);
    }

    /** The series view's history, forecast and overrides of one series or any total; saving overrides. */
    public reassort.app.insight.SeriesCharts seriesCharts() {
        return new reassort.app.insight.SeriesCharts(store, clock);
    }

    /** Allocating scarce stock between stores and channels, transfers, available to promise, and their rules. */
    public RunAllocation allocations() {
        return new RunAllocation(store, clock);
    }

    /** Reviewing the stored allocation and transfer proposals: filter, edit, approve, reject, reset, audit trail. */
    public reassort.app.allocation.AllocationReview allocationReview() {
        return new reassort.app.allocation.AllocationReview(store);
    }

    /** What-if promotion scenarios over the plan: keep, run, compare, promote. */
    public reassort.app.scenario.Scenarios scenarios() {
        return new reassort.app.scenario.Scenarios(store, clock);
    }

    /** The planner's desk over the proposals (grid rows, changes with undo and redo); one per screen. */
    public reassort.app.workbench.ProposalDesk proposalDesk() {
        return new reassort.app.workbench.ProposalDesk(plans());
    }

    /** Writes the per-series results of a stored forecast run as CSV. */
    public ForecastExport forecastExport() {
        return new ForecastExport(store);
    }

    /** Sending approved orders out as XLSX or CSV, marked EXPORTED. */
    public ExportOrders exports() {
        return new ExportOrders(store, clock);
    }

    /** Sending orders, transfers or allocations out as XLSX or CSV, marked EXPORTED. */
    public ProposalExport exports(ExportKind kind) {
        return (kind == null ? ExportKind.ORDERS : kind).useCase(store, clock);
    }

    /** The proposal grid written for offline review and the planner's edited copy read back. */
    public ReviewFiles reviews() {
        return new ReviewFiles(store, clock);
    }

    @Override
    public void close() {
        store.close();
    }
}
