package reassort.ui.common;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What the workbench remembers between sessions: the language, the window's place and size, the tables' columns,
 * the split panes' dividers and the saved views.
 */
public final class UiPreferences {
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** Preferences that live as long as this object (tests, screenshots): nothing reaches the planner's own. */
    public static UiPreferences inMemory() {
        return new UiPreferences(new MemoryPreferences(null, ""));
    }

    public static UiPreferences user() {
        return new UiPreferences(Preferences.userRoot().node("app/reassort/workbench"));
    }

    /** The chosen language, or the system's when the planner never chose. */
    public Locale language() {
        String tag = node.get("language", null);
        return tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    public void setLanguage(Locale locale) {
        node.put("language", locale.toLanguageTag());
    }

    public double[] windowBounds(double[] fallback) {
        double[] bounds = new double[4];
        String[] keys = {"x", "y", "width", "height"};
        for (int i = 0; i < 4; i++) bounds[i] = node.getDouble("window." + keys[i], fallback[i]);
        return bounds;
    }

    public void setWindowBounds(double x, double y, double width, double height) {
        node.putDouble("window.x", x);
        node.putDouble("window.y", y);
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
    }

    /** The columns the planner hid in a table, by column id. */
    public java.util.Set<String> hiddenColumns(String table) {
        String value = node.get("columns.hidden." + table, "");
        return value.isEmpty() ? java.util.Set.of() : java.util.Set.of(value.split(","));
    }

    public void setHiddenColumns(String table, java.util.Collection<String> columnIds) {
        node.put("columns.hidden." + table, String.join(",", new java.util.TreeSet<>(columnIds)));
    }

    /** The column ids of a table in the planner's order, empty when never changed. */
    public java.util.List<String> columnOrder(String table) {
        String value = node.get("columns.order." + table, "");
        return value.isEmpty() ? java.util.List.of() : java.util.List.of(value.split(","));
    }

    public void setColumnOrder(String table, java.util.List<String> columnIds) {
        node.put("columns.order." + table, String.join(",", columnIds));
    }

    /** A split pane's divider position (0..1). */
    public double divider(String id, double fallback) {
        return node.getDouble("divider." + id, fallback);
    }

    public void setDivider(String id, double position) {
        node.putDouble("divider." + id, position);
    }

    /** The planner's saved views of a screen: name → encoded filter, by name. */
    public java.util.SortedMap<String, String> savedViews(String screen) {
        java.util.SortedMap<String, String> views = new java.util.TreeMap<>();
        Preferences stored = node.node("views").node(screen);
        try {
            for (String name : stored.keys()) views.put(name, stored.get(name, ""));
        } catch (java.util.prefs.BackingStoreException e) {
            return views;
        }
        return views;
    }

    public void saveView(String screen, String name, String encodedFilter) {
        node.node("views").node(screen).put(name, encodedFilter);
    }

    public void deleteView(String screen, String name) {
        node.node("views").node(screen).remove(name);
    }

    /** A preferences tree in memory. */
    private static final class MemoryPreferences extends java.util.prefs.AbstractPreferences {
        private final java.util.Map<String, String> values = new java.util.HashMap<>();
        private final java.util.Map<String, MemoryPreferences> children = new java.util.HashMap<>();

        MemoryPreferences(MemoryPreferences parent, String name) {
            super(parent, name);
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return children.keySet().toArray(String[]::new);
        }

        @Override
        protected java.util.prefs.AbstractPreferences childSpi(String name) {
            return children.computeIfAbsent(name, n -> new MemoryPreferences(this, n));
        }

        @Override
        protected void syncSpi() {}

        @Override
        protected void flushSpi() {}
    }
}
