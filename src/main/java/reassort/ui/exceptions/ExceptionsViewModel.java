package reassort.ui.exceptions;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import reassort.app.Workspace;
import reassort.domain.SeriesKey;
import reassort.engine.kpi.ExceptionItem;
import reassort.engine.kpi.ExceptionSettings;
import reassort.engine.kpi.ExceptionType;
import reassort.ui.common.Failures;
import reassort.ui.common.I18n;
import reassort.ui.common.Navigation;
import reassort.ui.common.TaskRunner;

/**
 * The exceptions list's state: every exception found in the background, the ones the type filter and search keep,
 * and what opening one means (its proposal, or its series for a forecast far from sales).
 */
public final class ExceptionsViewModel {
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Navigation navigation;
    private final ObservableList<ExceptionItem> all = FXCollections.observableArrayList();
    private final FilteredList<ExceptionItem> shown = new FilteredList<>(all, e -> true);
    private final ObjectProperty<ExceptionType> typeFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final DoubleProperty overstockWeeks = new SimpleDoubleProperty(ExceptionSettings.defaults().overstockWeeks());
    private final StringProperty message = new SimpleStringProperty("");
    private final StringBinding countText;
    private boolean loaded;

    public ExceptionsViewModel(Workspace workspace, TaskRunner tasks, I18n i18n, Navigation navigation) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.i18n = i18n;
        this.navigation = navigation;
        typeFilter.addListener((obs, old, type) -> refilter());
        search.addListener((obs, old, text) -> refilter());
        countText = Bindings.createStringBinding(() -> i18n.text("exceptions.count", i18n.integer(shown.size()),
                i18n.integer(all.size())), shown, all);
    }

    public I18n i18n() {
        return i18n;
    }

    /** The exceptions the filters keep, most severe first. */
    public ObservableList<ExceptionItem> shown() {
        return shown;
    }

    public ObservableList<ExceptionItem> all() {
        return all;
    }

    /** Only this type; null for every type. */
    public ObjectProperty<ExceptionType> typeFilterProperty() {
        return typeFilter;
    }

    /** Words the item or explanation must contain (any case). */
    public StringProperty searchProperty() {
        return search;
    }

    public DoubleProperty overstockWeeksProperty() {
        return overstockWeeks;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    /** Looks for exceptions in the background. */
    public void refresh() {
        ExceptionSettings settings = ExceptionSettings.defaults().withOverstockWeeks(overstockWeeks.get());
        tasks.run(i18n.text("exceptions.computing"), progress -> workspace.insights().exceptions(settings, progress),
                found -> {
                    loaded = true;
                    all.setAll(found);
                    message.set(summary(found));
                }, failure -> message.set(Failures.describe(failure, i18n)));
    }

    /** Looks for exceptions unless they were already found. */
    public void shown(boolean force) {
        reassort.ui.common.Idle.then(tasks, () -> {
            if (force || !loaded) refresh();
        });
    }

    /** How many of each type there are, as a line. */
    String summary(List<ExceptionItem> found) {
        Map<ExceptionType, Integer> counts = new EnumMap<>(ExceptionType.class);
        for (ExceptionItem e : found) counts.merge(e.type(), 1, Integer::sum);
        StringBuilder text = new StringBuilder();
        for (ExceptionType type : ExceptionType.values()) {
            if (!counts.containsKey(type)) continue;
            if (text.length() > 0) text.append(" · ");
            text.append(typeLabel(type)).append(' ').append(i18n.integer(counts.get(type)));
        }
        return text.length() == 0 ? i18n.text("exceptions.none") : text.toString();
    }

    /**
     * Opens what the exception is about: the series for a forecast far from sales, else the proposal of its
     * SKU × location. Returns false when it names no item (an import issue).
     */
    public boolean open(ExceptionItem item) {
        if (item == null || item.sku() == null || item.location() == null) return false;
        if (item.type() == ExceptionType.FORECAST_VS_SALES && item.channel() != null) {
            navigation.showSeries(new SeriesKey(item.sku(), item.location(), item.channel()));
        } else {
            navigation.showProposal(item.sku(), item.location());
        }
        return true;
    }

    public String typeLabel(ExceptionType type) {
        return type == null ? i18n.text("exceptions.allTypes") : i18n.text("exceptions.type." + type.name());
    }

    public String severityLabel(ExceptionItem item) {
        return i18n.text("exceptions.severity." + item.severity().name());
    }

    /** The explanation in the planner's language. */
    public String explain(ExceptionItem e) {
        return switch (e.type()) {
            case STOCKOUT_RISK -> i18n.text("exceptions.explain.STOCKOUT_RISK", i18n.number(e.measure(), 1),
                    e.date().format(i18n.dateFormat()), i18n.number(e.threshold(), 0), i18n.number(e.units(), 0),
                    e.detail().isEmpty() ? i18n.text("exceptions.receipt.leadTime") : i18n.text("exceptions.receipt.order"));
            case OVERSTOCK -> Double.isInfinite(e.measure())
                    ? i18n.text("exceptions.explain.DEAD_STOCK", i18n.number(e.units(), 0), i18n.number(e.value(), 0))
                    : i18n.text("exceptions.explain.OVERSTOCK", i18n.number(e.measure(), 1),
                            i18n.number(e.threshold(), 0), i18n.number(e.units(), 0), i18n.number(e.value(), 0));
            case FORECAST_VS_SALES -> i18n.text("exceptions.explain.FORECAST_VS_SALES", i18n.number(e.units(), 1),
                    Double.isInfinite(e.measure()) ? "∞" : i18n.number(e.measure(), 2), i18n.number(e.value(), 1),
                    i18n.number(e.threshold(), 1));
            case SUPPLIER_DRIFT -> i18n.text("exceptions.explain.SUPPLIER_DRIFT", e.detail(),
                    e.supplier() == null ? "?" : e.supplier(), i18n.number(e.units(), 0),
                    e.date().format(i18n.dateFormat()), i18n.number(e.measure(), 0));
            case DATA_PROBLEM -> e.sku() == null ? e.detail()
                    : i18n.text("exceptions.explain.NEGATIVE_STOCK", i18n.number(e.units(), 0));
        };
    }

    private void refilter() {
        ExceptionType type = typeFilter.get();
        String words = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(e -> (type == null || e.type() == type)
                && (words.isEmpty() || (e.item() + " " + (e.supplier() == null ? "" : e.supplier()) + " " + explain(e))
                        .toLowerCase(Locale.ROOT).contains(words)));
    }
}
