package reassort.app.sample;

/**
 * How big the generated retailer is. FULL is the committed sample; SMALL keeps every archetype, channel and kind
 * of location but is small enough for fast tests.
 */
public enum SampleSize {
    /** 36 SKUs (6 per category), 4 stores, 2 years of history. */
    SMALL(6, 4, 2),
    /** 162 SKUs (27 per category), 12 stores, 3 years of history. */
    FULL(27, 12, 3);

    private final int skusPerCategory;
    private final int stores;
    private final int years;

    SampleSize(int skusPerCategory, int stores, int years) {
        this.skusPerCategory = skusPerCategory;
        this.stores = stores;
        this.years = years;
    }

    public int skusPerCategory() {
        return skusPerCategory;
    }

    public int stores() {
        return stores;
    }

    public int years() {
        return years;
    }
}
