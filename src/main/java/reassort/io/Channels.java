package reassort.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads channel values against the retailer's channel codes: a code as is (any case), or a name planners write
 * for it in French or English ("Magasin", "Web", "Marketplace", "Click & collect", "Drive", "Ship from store"),
 * provided the code it stands for is one of the known codes.
 */
final class Channels {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("magasin", "STORE"), Map.entry("store", "STORE"), Map.entry("boutique", "STORE"),
            Map.entry("shop", "STORE"), Map.entry("point de vente", "STORE"), Map.entry("retail", "STORE"),
            Map.entry("web", "WEB"), Map.entry("site web", "WEB"), Map.entry("e commerce", "WEB"),
            Map.entry("ecommerce", "WEB"), Map.entry("internet", "WEB"), Map.entry("online", "WEB"),
            Map.entry("en ligne", "WEB"), Map.entry("web shop", "WEB"), Map.entry("webshop", "WEB"),
            Map.entry("site internet", "WEB"),
            Map.entry("marketplace", "MKP"), Map.entry("market place", "MKP"),
            Map.entry("place de marche", "MKP"), Map.entry("mkp", "MKP"),
            Map.entry("click and collect", "CC"), Map.entry("click collect", "CC"), Map.entry("c and c", "CC"),
            Map.entry("clickandcollect", "CC"), Map.entry("drive", "CC"), Map.entry("retrait magasin", "CC"),
            Map.entry("cc", "CC"),
            Map.entry("ship from store", "SFS"), Map.entry("expedition magasin", "SFS"), Map.entry("sfs", "SFS"),
            Map.entry("b2b", "B2B"), Map.entry("b to b", "B2B"), Map.entry("professionnels", "B2B"),
            Map.entry("pro", "B2B"), Map.entry("business", "B2B"));

    private final Set<String> known;
    /** Values already read, so a million rows of "Web" cost one lookup each; bounded by the distinct values. */
    private final Map<String, String> seen = new java.util.HashMap<>();
    private static final int MAX_SEEN = 10_000;

    Channels(Set<String> knownCodes) {
        Set<String> codes = new TreeSet<>();
        for (String code : knownCodes) codes.add(code.strip().toUpperCase(Locale.ROOT));
        this.known = Set.copyOf(codes);
    }

    /** The channel code a value stands for, or null when it names no known channel. */
    String code(String value) {
        String cached = seen.get(value);
        if (cached != null) return cached.isEmpty() ? null : cached;
        String code = lookUp(value);
        if (seen.size() < MAX_SEEN) seen.put(value, code == null ? "" : code);
        return code;
    }

    private String lookUp(String value) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (known.contains(upper)) return upper;
        String byName = NAMES.get(Text.normalise(value));
        return byName != null && known.contains(byName) ? byName : null;
    }

    /** Codes in a list such as "WEB, MKP" or "Web / Magasin"; throws naming the first unknown one. */
    Set<String> codes(String value) {
        Set<String> codes = new TreeSet<>();
        for (String part : value.split("[,;/|+]")) {
            if (part.isBlank()) continue;
            String code = code(part);
            if (code == null) throw new IllegalArgumentException(part.strip());
            codes.add(code);
        }
        return codes;
    }

    String knownList() {
        return String.join(", ", new TreeSet<>(known));
    }

    List<String> knownCodes() {
        return List.copyOf(new TreeSet<>(known));
    }
}
