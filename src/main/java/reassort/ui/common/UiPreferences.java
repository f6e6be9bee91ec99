package reassort.ui.common;

import java.util.Locale;
import java.util.prefs.Preferences;

/** What the workbench remembers between sessions: the language and the window's place and size. */
public final class UiPreferences {
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
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
}
