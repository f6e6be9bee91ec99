package reassort.ui.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import reassort.app.Workspace;
import reassort.app.insight.SeriesChart;
import reassort.app.insight.SeriesCharts;
import reassort.app.insight.SeriesSelection;
import reassort.domain.SeriesKey;
import reassort.app.insight.SeriesOverride;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.TaskRunner;

/**
 * The series view's state: which series or total is shown (SKU, location, channel, category; empty for all), its
 * chart read in the background, and the override form (weeks, units or percent, amount, reason).
 */
public final class SeriesViewModel {
    /** How an override changes the forecast: to units a week, or by a percentage. */
    public enum OverrideKind { UNITS, PERCENT }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final IntegerProperty historyWeeks = new SimpleIntegerProperty(SeriesCharts.DEFAULT_HISTORY_WEEKS);
    private final ObservableList<String> skus = FXCollections.observableArrayList();
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObjectProperty<SeriesChart> chart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> overrideFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> overrideTo = new SimpleObjectProperty<>();
    private final ObjectProperty<OverrideKind> overrideKind = new SimpleObjectProperty<>(OverrideKind.PERCENT);
    private final StringProperty overrideAmount = new SimpleStringProperty("");
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canSaveOverride;

    public SeriesViewModel(Workspace workspace, TaskRunner tasks, I18n i18n) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.i18n = i18n;
        canSaveOverride = Bindings.createBooleanBinding(() -> chart.get() != null
                && chart.get().selection().seriesKey().isPresent() && overrideFrom.get() != null
                && overrideTo.get() != null && !overrideTo.get().isBefore(overrideFrom.get())
                && parseAmount(overrideAmount.get()).isPresent() && !overrideReason.get().isBlank()
                && !tasks.runningProperty().get(),
                chart, overrideFrom, overrideTo, overrideAmount, overrideReason, tasks.runningProperty());
    }

    public I18n i18n() {
        return i18n;
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public IntegerProperty historyWeeksProperty() {
        return historyWeeks;
    }

    public ObservableList<String> skus() {
        return skus;
    }

    public ObservableList<String> locations() {
        return locations;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObjectProperty<SeriesChart> chartProperty() {
        return chart;
    }

    public ObjectProperty<LocalDate> overrideFromProperty() {
        return overrideFrom;
    }

    public ObjectProperty<LocalDate> overrideToProperty() {
        return overrideTo;
    }

    public ObjectProperty<OverrideKind> overrideKindProperty() {
        return overrideKind;
    }

    public StringProperty overrideAmountProperty() {
        return overrideAmount;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** A single series is shown, the amount reads as a number, the weeks are in order and there is a reason. */
    public BooleanBinding canSaveOverrideProperty() {
        return canSaveOverride;
    }

    /** The selection the fields describe (empty fields: all). */
    public SeriesSelection selection() {
        return new SeriesSelection(sku.get(), location.get(), channel.get(), category.get());
    }

    /** Shows one series (what opening a series from another screen does). */
    public void show(SeriesKey key) {
        sku.set(key.sku());
        location.set(key.location());
        channel.set(key.channel());
        category.set("");
        reassort.ui.common.Idle.then(tasks, this::load);
    }

    /** Shows the business total the first time the screen comes to the front. */
    public void shown() {
        reassort.ui.common.Idle.then(tasks, () -> {
            if (chart.get() == null) load();
        });
    }

    /** Reads the chart of the current selection in the background. */
    public void load() {
        SeriesSelection selection = selection();
        int weeks = historyWeeks.get();
        boolean needChoices = skus.isEmpty();
        SeriesCharts charts = workspace.seriesCharts();
        tasks.run(i18n.text("series.loading", describe(selection)), progress -> new Loaded(
                charts.chart(selection, weeks, progress), needChoices ? charts.seriesKeys() : null,
                needChoices ? charts.categories() : null), this::apply,
                failure -> message.set(Failures.describe(failure, i18n)));
    }

    /** Saves the override of the shown series in the background, then reads its chart again. */
    public void saveOverride() {
        SeriesChart shown = chart.get();
        Optional<Double> amount = parseAmount(overrideAmount.get());
        if (shown == null || shown.selection().seriesKey().isEmpty() || amount.isEmpty()) return;
        SeriesKey key = shown.selection().seriesKey().get();
        LocalDate from = overrideFrom.get();
        LocalDate to = overrideTo.get();
        OverrideKind kind = overrideKind.get();
        String reason = overrideReason.get();
        int weeks = historyWeeks.get();
        SeriesCharts charts = workspace.seriesCharts();
        tasks.run(i18n.text("series.override.saving"), progress -> {
            charts.addOverride(key, from, to, kind == OverrideKind.PERCENT, amount.get(), reason);
            return new Loaded(charts.chart(shown.selection(), weeks, progress), null, null);
        }, loaded -> {
            apply(loaded);
            overrideAmount.set("");
            overrideReason.set("");
            message.set(i18n.text("series.override.saved", key.toString()));
        }, failure -> message.set(Failures.describe(failure, i18n)));
    }

    /** Removes an override of the shown series in the background, then reads its chart again. */
    public void removeOverride(SeriesOverride override) {
        SeriesChart shown = chart.get();
        if (shown == null || override == null) return;
        int weeks = historyWeeks.get();
        SeriesCharts charts = workspace.seriesCharts();
        tasks.run(i18n.text("series.override.removing"), progress -> {
            charts.removeOverride(override);
            return new Loaded(charts.chart(shown.selection(), weeks, progress), null, null);
        }, loaded -> {
            apply(loaded);
            message.set(i18n.text("series.override.removed"));
        }, failure -> message.set(Failures.describe(failure, i18n)));
    }

    private void apply(Loaded loaded) {
        if (loaded.keys != null) {
            TreeSet<String> s = new TreeSet<>();
            TreeSet<String> l = new TreeSet<>();
            TreeSet<String> c = new TreeSet<>();
            for (SeriesKey key : loaded.keys) {
                s.add(key.sku());
                l.add(key.location());
                c.add(key.channel());
            }
            skus.setAll(withAll(s));
            locations.setAll(withAll(l));
            channels.setAll(withAll(c));
            categories.setAll(withAll(loaded.categories));
        }
        SeriesChart shown = loaded.chart;
        chart.set(shown);
        if (overrideFrom.get() == null || overrideFrom.get().isBefore(shown.forecastFrom())) {
            overrideFrom.set(shown.forecastFrom());
            overrideTo.set(shown.forecastFrom().plusWeeks(3));
        }
        message.set(shown.series() == 0 && shown.soldByChannel().isEmpty() ? i18n.text("series.nothing") : "");
    }

    private static List<String> withAll(java.util.Collection<String> values) {
        List<String> all = new java.util.ArrayList<>();
        all.add("");
        all.addAll(values);
        return all;
    }

    /** What the chart is of, in the planner's words. */
    public String describe(SeriesSelection selection) {
        String text = selection.describe();
        return "TOTAL".equals(text) ? i18n.text("series.total") : text;
    }

    /** "SES (weekly), smooth demand" for a series, the most used methods for a total. */
    public String methodText() {
        SeriesChart c = chart.get();
        if (c == null || c.series() == 0) return i18n.text("series.noForecast");
        if (c.series() == 1) {
            return i18n.text("series.method.one", c.method(), c.demandClass().isEmpty() ? "–"
                    : i18n.text("series.class." + c.demandClass()));
        }
        return i18n.text("series.method.many", i18n.integer(c.series()), c.method());
    }

    public String accuracyText() {
        SeriesChart c = chart.get();
        if (c == null || c.series() == 0) return "";
        return i18n.text("series.accuracy", number(c.mase(), 2), number(c.wmape(), 1),
                Double.isNaN(c.bias()) ? "–" : (c.bias() >= 0 ? "+" : "") + i18n.number(c.bias(), 1));
    }

    /** How many weeks the chart marks as promoted and as stocked out. */
    public String markersText() {
        SeriesChart c = chart.get();
        if (c == null) return "";
        int promoted = 0;
        int out = 0;
        for (boolean p : c.promoted()) if (p) promoted++;
        for (int n : c.stockedOutItems()) if (n > 0) out++;
        return i18n.text("series.markers", promoted, out, c.itemsWithStockHistory());
    }

    public String describe(SeriesOverride o) {
        String amount = !o.percent() ? i18n.text("series.override.units", i18n.number(o.amount(), 1))
                : (o.amount() >= 0 ? "+" : "") + i18n.number(o.amount(), 1) + " %";
        return i18n.text("series.override.line", amount, o.fromWeek().format(i18n.dateFormat()),
                o.toWeek().plusDays(6).format(i18n.dateFormat()), o.reason());
    }

    private String number(double value, int decimals) {
        return Double.isFinite(value) ? i18n.number(value, decimals) : "–";
    }

    /** A number written with a decimal comma or point, or nothing. */
    static Optional<Double> parseAmount(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            double value = Double.parseDouble(text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.')
                    .replace("%", ""));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record Loaded(SeriesChart chart, List<SeriesKey> keys, List<String> categories) {}
}
