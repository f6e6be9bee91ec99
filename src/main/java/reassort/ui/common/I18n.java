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
    private final Locale formats;
    private final ResourceBundle bundle;

    private I18n(Locale locale, Locale formats) {
        this.locale = locale;
        this.formats = formats;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * French for a French-speaking locale, English otherwise. Numbers and dates follow the requested locale when it
     * speaks that language (a British planner keeps day-first dates), else France's or the UK's conventions.
     */
    public static I18n of(Locale requested) {
        boolean french = "fr".equals(requested.getLanguage());
        Locale language = french ? Locale.FRENCH : Locale.ENGLISH;
        boolean sameLanguage = requested.getLanguage().equals(language.getLanguage()) && !requested.getCountry().isEmpty();
        return new I18n(language, sameLanguage ? requested : french ? Locale.FRANCE : Locale.UK);
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
        return NumberFormat.getIntegerInstance(formats).format(value);
    }

    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(formats);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /**
     * A number the planner typed, in the locale's format (spaces as grouping allowed) or with a dot for decimals;
     * null when it is not a number.
     */
    public Double parseNumber(String text) {
        if (text == null) return null;
        String cleaned = text.strip().replaceAll("[\\s\u00a0\u202f]", "");
        if (cleaned.isEmpty()) return null;
        java.text.ParsePosition position = new java.text.ParsePosition(0);
        Number parsed = NumberFormat.getNumberInstance(formats).parse(cleaned.replace('−', '-'), position);
        if (parsed != null && position.getIndex() == cleaned.length()) return parsed.doubleValue();
        try {
            return Double.parseDouble(cleaned);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date the planner typed in the locale's short format or as ISO (2026-11-23); null when it is not a date. */
    public java.time.LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) return null;
        for (DateTimeFormatter format : List.of(dateFormat(), DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return java.time.LocalDate.parse(text.strip(), format);
            } catch (java.time.format.DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** Short dates with four-digit years (planners compare years at a glance). */
    public DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern(datePattern(), formats);
    }

    public DateTimeFormatter dateTimeFormat() {
        return DateTimeFormatter.ofPattern(datePattern() + " HH:mm", formats);
    }

    private String datePattern() {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, java.time.chrono.IsoChronology.INSTANCE, formats);
        return pattern.contains("yyyy") ? pattern : pattern.replace("yy", "yyyy");
    }
}
