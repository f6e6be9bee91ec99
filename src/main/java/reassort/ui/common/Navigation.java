package reassort.ui.common;

import java.util.function.Consumer;
import reassort.domain.SeriesKey;

/**
 * How one screen opens another (an exception opens its proposal or its series, a KPI its list): each screen
 * registers what opening means for it, and the main window brings its tab to the front first. FX thread only.
 */
public final class Navigation {
    /** The tab ids of the main window's screens. */
    public static final String OVERVIEW = "overviewTab";
    public static final String PROPOSALS = "proposalsTab";
    public static final String SERIES = "seriesTab";
    public static final String EXCEPTIONS = "exceptionsTab";
    public static final String KPIS = "kpisTab";
    public static final String SCENARIOS = "scenariosTab";
    public static final String ALLOCATION = "allocationTab";

    /** One SKU × location of the plan. */
    public record ItemRef(String sku, String location) {}

    private Consumer<String> screenOpener = id -> {};
    private Consumer<ItemRef> proposalOpener = ref -> {};
    private Consumer<SeriesKey> seriesOpener = key -> {};

    public void onShowScreen(Consumer<String> opener) {
        screenOpener = opener;
    }

    public void onShowProposal(Consumer<ItemRef> opener) {
        proposalOpener = opener;
    }

    public void onShowSeries(Consumer<SeriesKey> opener) {
        seriesOpener = opener;
    }

    public void showScreen(String tabId) {
        screenOpener.accept(tabId);
    }

    public void showProposal(String sku, String location) {
        screenOpener.accept(PROPOSALS);
        proposalOpener.accept(new ItemRef(sku, location));
    }

    public void showSeries(SeriesKey key) {
        screenOpener.accept(SERIES);
        seriesOpener.accept(key);
    }
}
