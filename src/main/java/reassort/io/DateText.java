package reassort.io;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written as text: ISO ({@code 2025-01-06}, with or without a time), {@code a/b/yyyy} (also with '-' or
 * '.', two-digit years read as 20yy up to 69), {@code 06-Jan-2025} or {@code 6 janv. 2025}, compact
 * {@code 20250106}, and Excel serial numbers (5 digits). Week labels ({@code 2025-W07}, {@code S07 2025},
 * {@code Sem. 07/2025}) are read by {@link #week(String)}.
 */
final class DateText {
    enum Form { FIXED, ORDER_DEPENDENT, SERIAL, INVALID }

    /**
     * One parsed value. FIXED has year, month (first) and day (second); ORDER_DEPENDENT has the two leading parts
     * as written; SERIAL has the Excel serial number.
     */
    record Parsed(Form form, int year, int first, int second, double serial) {
        static final Parsed INVALID = new Parsed(Form.INVALID, 0, 0, 0, Double.NaN);

        /** The order this value proves, or null when both orders are possible (or neither). */
        DateOrder evidence() {
            if (form != Form.ORDER_DEPENDENT) return null;
            if (first > 12 && second >= 1 && second <= 12) return DateOrder.DAY_FIRST;
            if (second > 12 && first >= 1 && first <= 12) return DateOrder.MONTH_FIRST;
            return null;
        }

        boolean ambiguous() {
            return form == Form.ORDER_DEPENDENT && first >= 1 && first <= 12 && second >= 1 && second <= 12
                    && first != second;
        }
    }

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2199;
    /** Excel serials of 1954-10-03 and 2119-01-07: a five-digit number in a date column is such a serial. */
    private static final double MIN_SERIAL = 20_000;
    private static final double MAX_SERIAL = 80_000;

    private static final List<List<String>> MONTH_NAMES = List.of(
            List.of("jan", "janv", "january", "janvier"),
            List.of("feb", "fev", "fevr", "february", "fevrier"),
            List.of("mar", "mars", "march"),
            List.of("apr", "avr", "april", "avril"),
            List.of("may", "mai"),
            List.of("jun", "juin", "june"),
            List.of("jul", "juil", "july", "juillet"),
            List.of("aug", "aou", "aout", "august"),
            List.of("sep", "sept", "september", "septembre"),
            List.of("oct", "october", "octobre"),
            List.of("nov", "november", "novembre"),
            List.of("dec", "december", "decembre"));

    private DateText() {}

    static Parsed parse(String raw) {
        String s = raw.strip();
        int length = s.length();
        if (length < 5) return Parsed.INVALID;
        if (isSerial(s)) {
            double serial = Double.parseDouble(s.replace(',', '.'));
            return serial >= MIN_SERIAL && serial <= MAX_SERIAL
                    ? new Parsed(Form.SERIAL, 0, 0, 0, serial) : Parsed.INVALID;
        }
        if (length == 8 && s.chars().allMatch(c -> c >= '0' && c <= '9')) return compact(s);
        int[] parts = new int[3];
        int[] digits = new int[3];
        int part = 0;
        int i = 0;
        while (i < length && part < 3) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits[part] == 4) return Parsed.INVALID;
                parts[part] = parts[part] * 10 + (c - '0');
                digits[part]++;
                i++;
            } else if ((c == '/' || c == '-' || c == '.') && digits[part] > 0 && part < 2) {
                part++;
                i++;
            } else {
                break;
            }
        }
        if (i < length && !isTimeSuffix(s, i)) return withMonthName(s);
        if (part == 0 && digits[0] == 0) return withMonthName(s);
        if (part != 2 || digits[2] == 0) return Parsed.INVALID;
        if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2) {
            return new Parsed(Form.FIXED, parts[0], parts[1], parts[2], Double.NaN);
        }
        if (digits[0] <= 2 && digits[1] <= 2 && (digits[2] == 4 || digits[2] == 2)) {
            int year = digits[2] == 4 ? parts[2] : parts[2] < 70 ? 2000 + parts[2] : 1900 + parts[2];
            return new Parsed(Form.ORDER_DEPENDENT, year, parts[0], parts[1], Double.NaN);
        }
        return Parsed.INVALID;
    }

    private static Parsed compact(String s) {
        int year = Integer.parseInt(s.substring(0, 4));
        int month = Integer.parseInt(s.substring(4, 6));
        int day = Integer.parseInt(s.substring(6, 8));
        if (year < MIN_YEAR || year > MAX_YEAR) return Parsed.INVALID;
        return new Parsed(Form.FIXED, year, month, day, Double.NaN);
    }

    private static boolean isSerial(String s) {
        int dot = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == ',') {
                if (dot >= 0) return false;
                dot = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return (dot < 0 ? s.length() : dot) == 5;
    }

    /** A time after the date: " 00:00", " 08:30:00", "T00:00:00Z", " 0:00". */
    private static boolean isTimeSuffix(String s, int at) {
        char c = s.charAt(at);
        if (c != ' ' && c != 'T') return false;
        String rest = s.substring(at + 1).strip();
        return rest.matches("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|AM|PM|am|pm)?");
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([a-z]{3,9}) (\\d{4}|\\d{2})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([a-z]{3,9}) (\\d{1,2}) (\\d{4})");

    /** "06-Jan-2025", "6 janv. 2025", "6 janvier 2025", "Jan 6, 2025". */
    private static Parsed withMonthName(String s) {
        String text = Text.normalise(s);
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
        if (dayFirst.matches()) {
            int month = month(dayFirst.group(2));
            return month == 0 ? Parsed.INVALID
                    : new Parsed(Form.FIXED, year(dayFirst.group(3)), month, Integer.parseInt(dayFirst.group(1)),
                            Double.NaN);
        }
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
        if (monthFirst.matches()) {
            int month = month(monthFirst.group(1));
            return month == 0 ? Parsed.INVALID
                    : new Parsed(Form.FIXED, year(monthFirst.group(3)), month,
                            Integer.parseInt(monthFirst.group(2)), Double.NaN);
        }
        return Parsed.INVALID;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 4 ? year : year < 70 ? 2000 + year : 1900 + year;
    }

    private static int month(String name) {
        for (int i = 0; i < MONTH_NAMES.size(); i++) {
            if (MONTH_NAMES.get(i).contains(name)) return i + 1;
        }
        return 0;
    }

    /** The date of a parsed value under the given order, or null when there is no such day. */
    static LocalDate resolve(Parsed parsed, DateOrder order) {
        int year = parsed.year();
        int month;
        int day;
        switch (parsed.form()) {
            case FIXED -> {
                month = parsed.first();
                day = parsed.second();
            }
            case ORDER_DEPENDENT -> {
                month = order == DateOrder.DAY_FIRST ? parsed.second() : parsed.first();
                day = order == DateOrder.DAY_FIRST ? parsed.first() : parsed.second();
            }
            default -> {
                return null;
            }
        }
        if (year < MIN_YEAR || year > MAX_YEAR || !Values.isValidDate(year, month, day)) return null;
        return LocalDate.of(year, month, day);
    }

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})\\s*-?\\s*w\\s*(\\d{1,2})");
    private static final Pattern WEEK_THEN_YEAR =
            Pattern.compile("(?:s|sem|semaine|w|wk|week|kw)\\s*(\\d{1,2})\\s*(\\d{4})");

    /**
     * The Monday of a week label: {@code 2025-W07}, {@code 2025W07}, {@code W07 2025}, {@code S07 2025},
     * {@code S07-2025}, {@code Sem. 07/2025}, {@code Semaine 7 2025}, {@code Week 7 2025}; null when the text is
     * no week label or the week does not exist.
     */
    static LocalDate week(String text) {
        String key = Text.normalise(text);
        if (key.isEmpty() || key.length() > 20) return null;
        Matcher iso = ISO_WEEK.matcher(key);
        int year;
        int week;
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            week = Integer.parseInt(iso.group(2));
        } else {
            Matcher m = WEEK_THEN_YEAR.matcher(key);
            if (!m.matches()) return null;
            week = Integer.parseInt(m.group(1));
            year = Integer.parseInt(m.group(2));
        }
        return mondayOfWeek(year, week);
    }

    static LocalDate mondayOfWeek(int year, int week) {
        if (year < MIN_YEAR || year > MAX_YEAR || week < 1) return null;
        LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
        long weeksInYear = fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week > weeksInYear) return null;
        return fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    static String describe(DateOrder order) {
        return order == DateOrder.DAY_FIRST ? "day first (dd/mm/yyyy)" : "month first (mm/dd/yyyy)";
    }
}
