package reassort.app.sample;

import java.time.LocalDate;
import java.util.List;
import reassort.domain.Product;

/**
 * Everything the simulation of one SKU needs: the product, its demand shape and levels per channel (mean units a
 * day at profile 1), where it is ranged and how it is bought.
 *
 * @param storeBase mean daily store units in a store of size 1 (for intermittent items: chance of a basket × its size)
 * @param webBase mean daily web units
 * @param marketplaceBase mean daily marketplace units, 0 when the SKU is not listed on the marketplace
 * @param clickAndCollectShare click-and-collect demand as a share of store demand, in stores offering it
 * @param basketSize mean units per basket for intermittent items (1 for the others)
 * @param trendPerYear growth (or decline) rate a year for trending items
 * @param launch launch day of a new item, null for the others
 * @param backorderable whether the web shop keeps taking orders when the warehouse is out of stock
 */
record SkuPlan(
        Product product,
        DemandArchetype archetype,
        Catalogue.Category category,
        Catalogue.SupplierSpec supplier,
        double storeBase,
        double webBase,
        double marketplaceBase,
        double clickAndCollectShare,
        double basketSize,
        double trendPerYear,
        LocalDate launch,
        boolean backorderable,
        List<Ranging> stores) {

    /** A store the SKU is ranged in, with how well it sells there relative to the store's size. */
    record Ranging(Catalogue.StoreSpec store, double demandFactor) {}

    boolean onMarketplace() {
        return marketplaceBase > 0;
    }
}
