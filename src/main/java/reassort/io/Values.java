package reassort.io;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reassort.domain.LocationType;
import reassort.domain.PromotionMechanic;

/** Reading the values planners type: numbers in French or English style, flags, location types, weekdays. */
final class Values {
    private Values() {}

    /**
     * A number written as text, or NaN. Spaces of every kind (U+0020, U+00A0, U+202F, U+2009) and apostrophes group
     * thousands; a currency sign (€ $ £) before or after is ignored; a trailing minus or brackets mean negative.
     * When both ',' and '.' appear, the last one is the decimal mark. A single ',' is the decimal mark unless the
     * file is English and it groups exactly three digits ("1,234"); a single '.' is always a decimal mark.
     */
    static double number(String text, DecimalSeparator decimal) {
        int length = text.length();
        if (length == 0) return Double.NaN;
        char[] chars = new char[length];
        int n = 0;
        boolean negative = false;
        boolean bracketed = false;
        int commas = 0;
        int dots = 0;
        int exponentAt = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                chars[n++] = c;
            } else if (c == ',') {
                commas++;
                chars[n++] = c;
            } else if (c == '.') {
                dots++;
                chars[n++] = c;
            } else if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007' || c == '\''
                    || c == '\u2019' || c == '\t') {
                continue;
            } else if (c == '€' || c == '$' || c == '£') {
                continue;
            } else if ((c == '-' || c == '+' || c == '\u2212') && n == 0 && !negative) {
                negative = c != '+';
            } else if (c == '-' && n > 0 && i == lastNonSpace(text)) {
                negative = !negative;
            } else if (c == '(' && n == 0 && !bracketed) {
                bracketed = true;
            } else if (c == ')' && bracketed && i == lastNonSpace(text)) {
                negative = !negative;
                bracketed = false;
            } else if ((c == 'e' || c == 'E') && n > 0 && exponentAt < 0) {
                exponentAt = n;
                chars[n++] = 'E';
                if (i + 1 < length && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+')) {
                    chars[n++] = text.charAt(++i);
                }
            } else {
                return Double.NaN;
            }
        }
        if (bracketed || n == 0) return Double.NaN;
        String cleaned = new String(chars, 0, n);
        String mantissa = exponentAt < 0 ? cleaned : cleaned.substring(0, exponentAt);
        String exponent = exponentAt < 0 ? "" : cleaned.substring(exponentAt);
        String plain = plainDecimal(mantissa, commas, dots, decimal);
        if (plain == null) return Double.NaN;
        if (!exponent.isEmpty() && !exponent.matches("E[+-]?\\d+")) return Double.NaN;
        try {
            double value = Double.parseDouble(plain + exponent);
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int lastNonSpace(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i;
    }

    /** Digits with at most one '.', after removing valid thousands grouping; null when the marks make no sense. */
    private static String plainDecimal(String s, int commas, int dots, DecimalSeparator decimal) {
        if (commas == 0 && dots == 0) return s;
        char decimalMark;
        char group;
        if (commas > 0 && dots > 0) {
            decimalMark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
            group = decimalMark == ',' ? '.' : ',';
            if (count(s, decimalMark) != 1) return null;
        } else if (commas > 0) {
            if (commas > 1) {
                decimalMark = 0;
                group = ',';
            } else if (decimal == DecimalSeparator.DOT && groupsThousands(s, ',', s.length())) {
                decimalMark = 0;
                group = ',';
            } else {
                decimalMark = ',';
                group = 0;
            }
        } else if (dots > 1) {
            decimalMark = 0;
            group = '.';
        } else {
            decimalMark = '.';
            group = 0;
        }
        int decimalAt = decimalMark == 0 ? s.length() : s.indexOf(decimalMark);
        if (group != 0) {
            if (s.indexOf(group, decimalAt) >= 0 && decimalAt < s.length()) return null;
            if (!groupsThousands(s, group, decimalAt)) return null;
        }
        StringBuilder plain = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == group) continue;
            plain.append(i == decimalAt ? '.' : c);
        }
        String result = plain.toString();
        if (result.equals(".") || result.startsWith(".") && result.length() == 1) return null;
        return result;
    }

    /** True when group marks before {@code end} split the digits 1-3 then 3, 3, ...: "1 234 567". */
    private static boolean groupsThousands(String s, char group, int end) {
        int first = s.indexOf(group);
        if (first < 1 || first > 3 || first >= end) return false;
        int run = 0;
        for (int i = first + 1; i < end; i++) {
            char c = s.charAt(i);
            if (c == group) {
                if (run != 3) return false;
                run = 0;
            } else {
                run++;
            }
        }
        return run == 3;
    }

    private static int count(String s, char c) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) count++;
        }
        return count;
    }

    private static final Set<String> YES = Set.of("oui", "yes", "y", "o", "x", "1", "true", "vrai", "on", "ok",
            "actif", "active", "enabled", "v");
    private static final Set<String> NO = Set.of("non", "no", "n", "0", "false", "faux", "off", "inactif",
            "inactive", "disabled", "");

    /** yes/no, oui/non, 1/0, true/false, vrai/faux, x (yes) and empty (no); null for anything else. */
    static Boolean flag(String text) {
        String key = Text.normalise(text);
        if (YES.contains(key)) return Boolean.TRUE;
        if (NO.contains(key) || text.strip().equals("-")) return Boolean.FALSE;
        return null;
    }

    private static final Map<String, LocationType> LOCATION_TYPES = Map.ofEntries(
            Map.entry("warehouse", LocationType.WAREHOUSE), Map.entry("entrepot", LocationType.WAREHOUSE),
            Map.entry("depot", LocationType.WAREHOUSE), Map.entry("dc", LocationType.WAREHOUSE),
            Map.entry("wh", LocationType.WAREHOUSE), Map.entry("distribution center", LocationType.WAREHOUSE),
            Map.entry("distribution centre", LocationType.WAREHOUSE),
            Map.entry("entrepot central", LocationType.WAREHOUSE),
            Map.entry("central warehouse", LocationType.WAREHOUSE),
            Map.entry("hub", LocationType.HUB), Map.entry("regional hub", LocationType.HUB),
            Map.entry("hub regional", LocationType.HUB), Map.entry("plateforme", LocationType.HUB),
            Map.entry("plateforme regionale", LocationType.HUB),
            Map.entry("store", LocationType.STORE), Map.entry("magasin", LocationType.STORE),
            Map.entry("boutique", LocationType.STORE), Map.entry("shop", LocationType.STORE),
            Map.entry("point de vente", LocationType.STORE), Map.entry("pdv", LocationType.STORE));

    static LocationType locationType(String text) {
        return LOCATION_TYPES.get(Text.normalise(text));
    }

    private static final Map<String, PromotionMechanic> MECHANICS = Map.ofEntries(
            Map.entry("discount", PromotionMechanic.DISCOUNT), Map.entry("remise", PromotionMechanic.DISCOUNT),
            Map.entry("reduction", PromotionMechanic.DISCOUNT), Map.entry("rabais", PromotionMechanic.DISCOUNT),
            Map.entry("prix barre", PromotionMechanic.DISCOUNT), Map.entry("markdown", PromotionMechanic.DISCOUNT),
            Map.entry("price cut", PromotionMechanic.DISCOUNT),
            Map.entry("multibuy", PromotionMechanic.MULTIBUY), Map.entry("lot", PromotionMechanic.MULTIBUY),
            Map.entry("bundle", PromotionMechanic.MULTIBUY), Map.entry("multi buy", PromotionMechanic.MULTIBUY),
            Map.entry("display", PromotionMechanic.DISPLAY),
            Map.entry("tete de gondole", PromotionMechanic.DISPLAY), Map.entry("tg", PromotionMechanic.DISPLAY),
            Map.entry("mise en avant", PromotionMechanic.DISPLAY), Map.entry("end cap", PromotionMechanic.DISPLAY),
            Map.entry("endcap", PromotionMechanic.DISPLAY), Map.entry("presentoir", PromotionMechanic.DISPLAY),
            Map.entry("feature", PromotionMechanic.FEATURE), Map.entry("prospectus", PromotionMechanic.FEATURE),
            Map.entry("catalogue", PromotionMechanic.FEATURE), Map.entry("leaflet", PromotionMechanic.FEATURE),
            Map.entry("flyer", PromotionMechanic.FEATURE), Map.entry("tract", PromotionMechanic.FEATURE),
            Map.entry("other", PromotionMechanic.OTHER), Map.entry("autre", PromotionMechanic.OTHER));

    static PromotionMechanic mechanic(String text) {
        return MECHANICS.get(Text.normalise(text));
    }

    private static final List<List<String>> WEEKDAY_NAMES = List.of(
            List.of("mon", "monday", "lun", "lundi", "lu", "mo"),
            List.of("tue", "tues", "tuesday", "mar", "mardi", "tu"),
            List.of("wed", "wednesday", "mer", "mercredi", "me", "we"),
            List.of("thu", "thur", "thurs", "thursday", "jeu", "jeudi", "je", "th"),
            List.of("fri", "friday", "ven", "vendredi", "ve", "fr"),
            List.of("sat", "saturday", "sam", "samedi", "sa"),
            List.of("sun", "sunday", "dim", "dimanche", "di", "su"));

    static DayOfWeek weekday(String token) {
        String key = Text.normalise(token);
        for (int i = 0; i < WEEKDAY_NAMES.size(); i++) {
            if (WEEKDAY_NAMES.get(i).contains(key)) return DayOfWeek.of(i + 1);
        }
        return null;
    }

    /**
     * Weekdays such as "Mon,Thu", "lun, jeu", "lundi/jeudi" or "lun-ven" (a range); empty means none. Throws
     * with the token it could not read.
     */
    static Set<DayOfWeek> weekdays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String spaced = text.replace("-", " - ").replace("–", " - ");
        String[] tokens = spaced.strip().split("[\\s,;/+&]+|\\s+(?:et|and)\\s+");
        DayOfWeek rangeStart = null;
        boolean inRange = false;
        for (String token : tokens) {
            if (token.isBlank() || token.equalsIgnoreCase("et") || token.equalsIgnoreCase("and")) continue;
            if (token.equals("-")) {
                if (rangeStart == null) throw new IllegalArgumentException("'-' without a first day");
                inRange = true;
                continue;
            }
            DayOfWeek day = weekday(token);
            if (day == null) throw new IllegalArgumentException("'" + token + "' is not a weekday");
            if (inRange) {
                for (DayOfWeek d = rangeStart; d != day; d = d.plus(1)) days.add(d);
                inRange = false;
            }
            days.add(day);
            rangeStart = day;
        }
        if (inRange) throw new IllegalArgumentException("a range '-' without a last day");
        return days;
    }

    /** Whether a text stands for "not on promotion" in a promo-code column holding flags. */
    static boolean meansNo(String text) {
        return Boolean.FALSE.equals(flag(text));
    }

    static boolean meansYes(String text) {
        return Boolean.TRUE.equals(flag(text));
    }

    static boolean isValidDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) return false;
        return day <= LocalDate.of(year, month, 1).lengthOfMonth();
    }
}
