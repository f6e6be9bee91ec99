package reassort.io;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by header recognition and value parsing. */
final class Text {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    private Text() {}

    /**
     * Lower case, no accents, no punctuation, single spaces: {@code "Qté (U.)"} becomes {@code "qte u"},
     * {@code "N° commande"} becomes {@code "n commande"}, {@code "Click & collect"} becomes
     * {@code "click and collect"}.
     */
    static String normalise(String text) {
        if (text == null || text.isEmpty()) return "";
        String s = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss")
                .replace("&", " and ")
                .replace("%", " percent ")
                .replace("€", " eur ")
                .replace("°", " ");
        s = COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }

    /** {@link #normalise} without units and remarks in brackets: {@code "Délai (jours)"} → {@code "delai"}. */
    static String normaliseWithoutBrackets(String text) {
        if (text == null) return "";
        return normalise(IN_PARENTHESES.matcher(text).replaceAll(" "));
    }

    /** Excel's column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /** A value fit for a one-line message: no line breaks, at most 80 characters. */
    static String shown(String value) {
        if (value == null) return "";
        String oneLine = value.replaceAll("\\s*\\R\\s*", " ");
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }
}
