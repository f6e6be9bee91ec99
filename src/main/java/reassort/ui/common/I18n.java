package reassort.ui.common;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The workbench's words, numbers and dates in the planner's language (English or French). */
public final class I18n {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    private static final String BUNDLE = "reassort.ui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** French for a French-speaking locale, English otherwise. */
    public static I18n of(Locale requested) {
        Locale language = "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        return new I18n(language);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
    }
}
