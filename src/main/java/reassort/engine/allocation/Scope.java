package reassort.engine.allocation;

import reassort.domain.LocationType;

/**
 * What a rule applies to: a SKU, a category, a location and/or a kind of location; a null part matches everything.
 * When several rules match, the most specific wins: a SKU beats a category, which beats the whole range; naming the
 * location, then its kind, breaks a tie.
 */
public record Scope(String sku, String category, String location, LocationType locationType) {
    public static final Scope ALL = new Scope(null, null, null, null);

    public Scope {
        sku = blankToNull(sku);
        category = blankToNull(category);
        location = blankToNull(location);
    }

    public static Scope of(LocationType type) {
        return new Scope(null, null, null, type);
    }

    public static Scope location(String location) {
        return new Scope(null, null, location, null);
    }

    public static Scope sku(String sku) {
        return new Scope(sku, null, null, null);
    }

    public static Scope category(String category) {
        return new Scope(null, category, null, null);
    }

    public boolean matches(String sku, String category, String location, LocationType type) {
        return (this.sku == null || this.sku.equals(sku))
                && (this.category == null || this.category.equals(category))
                && (this.location == null || this.location.equals(location))
                && (this.locationType == null || this.locationType == type);
    }

    /** Higher is more specific: SKU 8, category 4, location 2, kind of location 1. */
    public int specificity() {
        return (sku != null ? 8 : 0) + (category != null ? 4 : 0) + (location != null ? 2 : 0) + (locationType != null ? 1 : 0);
    }

    @Override
    public String toString() {
        if (sku == null && category == null && location == null && locationType == null) return "all SKUs and locations";
        StringBuilder b = new StringBuilder();
        if (sku != null) b.append("SKU ").append(sku);
        if (category != null) b.append(b.isEmpty() ? "" : ", ").append("category ").append(category);
        b.append(b.isEmpty() ? "all SKUs" : "");
        if (location != null) b.append(" at ").append(location);
        else if (locationType != null) b.append(" at every ").append(locationType.name().toLowerCase(java.util.Locale.ROOT));
        return b.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.strip().equals("*") ? null : value.strip();
    }
}
