package reassort.ui.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import reassort.app.Workspace;
import reassort.engine.kpi.KpiReport;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;

/** The KPI dashboard's state: the report, computed in the background, and its figures as bars and tiles. */
public final class KpiViewModel {
    /** One bar of a chart: a group and its value. */
    public record Bar(String label, double value) {}

    /** One headline figure: what it is, its value as text and a line of detail. */
    public record Tile(String id, String title, String value, String detail) {}

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ObjectProperty<KpiReport> report = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public KpiViewModel(Workspace workspace, TaskRunner tasks, I18n i18n) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    public I18n i18n() {
        return i18n;
    }

    public ObjectProperty<KpiReport> reportProperty() {
        return report;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Computes the KPIs in the background. */
    public void refresh() {
        tasks.run(i18n.text("kpi.computing"), progress -> workspace.insights().kpis(progress), computed -> {
            report.set(computed);
            message.set(i18n.text("kpi.asOf", computed.asOf().format(i18n.dateFormat()), computed.weeks(),
                    computed.windowFrom().format(i18n.dateFormat())));
        }, failure -> message.set(Failures.describe(failure, i18n)));
    }

    /** Computes the KPIs unless they already are. */
    public void shown() {
        reassort.ui.common.Idle.then(tasks, () -> {
            if (report.get() == null) refresh();
        });
    }

    /** Availability per channel in percent. */
    public List<Bar> availabilityByChannel() {
        return bars(r -> r.availabilityByChannel(), KpiReport.Availability::group, a -> 100 * a.rate());
    }

    public List<Bar> availabilityByCategory() {
        return bars(r -> r.availabilityByCategory(), KpiReport.Availability::group, a -> 100 * a.rate());
    }

    public List<Bar> lostValueByChannel() {
        return bars(r -> r.availabilityByChannel(), KpiReport.Availability::group, KpiReport.Availability::lostValue);
    }

    public List<Bar> stockValueByChannel() {
        return bars(r -> r.stockByChannel(), s -> KpiReport.UNSOLD.equals(s.group()) ? i18n.text("kpi.unsold")
                : s.group(), KpiReport.StockFigures::stockValue);
    }

    public List<Bar> stockValueByLocation() {
        return bars(r -> r.stockByLocation(), KpiReport.StockFigures::group, KpiReport.StockFigures::stockValue);
    }

    public List<Bar> daysOfCoverByCategory() {
        return bars(r -> r.stockByCategory(), KpiReport.StockFigures::group, KpiReport.StockFigures::daysOfCover);
    }

    public List<Bar> wmapeByChannel() {
        return bars(r -> r.accuracyByChannel(), KpiReport.Accuracy::group, KpiReport.Accuracy::wmape);
    }

    public List<Bar> biasByChannel() {
        return bars(r -> r.accuracyByChannel(), KpiReport.Accuracy::group, KpiReport.Accuracy::bias);
    }

    /** The headline figures, in the order the dashboard shows them (empty before the first computation). */
    public List<Tile> tiles() {
        KpiReport r = report.get();
        if (r == null) return List.of();
        KpiReport.Availability a = r.totalAvailability();
        KpiReport.StockFigures s = r.totalStock();
        KpiReport.Accuracy f = r.totalAccuracy();
        long open = r.suppliers().stream().mapToLong(KpiReport.SupplierPunctuality::openLines).sum();
        long overdue = r.suppliers().stream().mapToLong(KpiReport.SupplierPunctuality::overdueLines).sum();
        List<Tile> tiles = new ArrayList<>();
        tiles.add(new Tile("kpiAvailabilityTile", i18n.text("kpi.availability"), percent(a.rate()),
                i18n.text("kpi.availability.detail", i18n.integer(a.observedWeeks()))));
        tiles.add(new Tile("kpiStockoutTile", i18n.text("kpi.stockout"), percent(a.stockoutRate()),
                i18n.text("kpi.stockout.detail", i18n.number(a.lostUnits(), 0), i18n.number(a.lostValue(), 0))));
        tiles.add(new Tile("kpiStockValueTile", i18n.text("kpi.stockValue"), i18n.number(s.stockValue(), 0),
                i18n.text("kpi.stockValue.detail", i18n.number(s.stockUnits(), 0), i18n.integer(s.items()))));
        tiles.add(new Tile("kpiCoverTile", i18n.text("kpi.cover"), number(s.daysOfCover(), 1),
                i18n.text("kpi.cover.detail", number(s.turnover(), 1))));
        tiles.add(new Tile("kpiSupplierTile", i18n.text("kpi.onTime"),
                percent(open == 0 ? Double.NaN : 1 - (double) overdue / open),
                i18n.text("kpi.onTime.detail", i18n.integer(open), i18n.integer(overdue))));
        tiles.add(new Tile("kpiAccuracyTile", i18n.text("kpi.accuracy"), Double.isNaN(f.wmape()) ? "–"
                : i18n.number(f.wmape(), 1) + " %", i18n.text("kpi.accuracy.detail", number(f.meanMase(), 2),
                        Double.isNaN(f.bias()) ? "–" : (f.bias() >= 0 ? "+" : "") + i18n.number(f.bias(), 1) + " %")));
        return tiles;
    }

    private String percent(double share) {
        return Double.isNaN(share) ? "–" : i18n.number(100 * share, 1) + " %";
    }

    private String number(double value, int decimals) {
        return Double.isFinite(value) ? i18n.number(value, decimals) : "–";
    }

    private <T> List<Bar> bars(java.util.function.Function<KpiReport, List<T>> rows,
            java.util.function.Function<T, String> label, ToDoubleFunction<T> value) {
        KpiReport r = report.get();
        if (r == null) return List.of();
        List<Bar> bars = new ArrayList<>();
        for (T row : rows.apply(r)) {
            double v = value.applyAsDouble(row);
            if (Double.isFinite(v)) bars.add(new Bar(label.apply(row), v));
        }
        return bars;
    }
}
