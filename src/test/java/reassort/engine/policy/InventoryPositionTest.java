package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import reassort.domain.PurchaseOrderLine;
import reassort.domain.StockPosition;

class InventoryPositionTest {
    private static final StockPosition STOCK = new StockPosition("A", "DC", PolicyFixtures.TODAY, 40, 6, 12, 3);
    private static final List<PurchaseOrderLine> ORDERS = List.of(
            new PurchaseOrderLine("PO1", "A", "DC", "SUP", 24, PolicyFixtures.TODAY.plusDays(5), true),
            new PurchaseOrderLine("PO2", "A", "DC", "SUP", 48, PolicyFixtures.TODAY.plusDays(40), true));

    @Test
    void positionIsOnHandPlusInTransitPlusOnOrderMinusReservedAndBackorders() {
        InventoryPosition p = InventoryPosition.of(STOCK, ORDERS, null);
        assertThat(p.onOrder()).isEqualTo(72);
        assertThat(p.value()).isEqualTo(40 + 12 + 72 - 6 - 3);
        assertThat(p.countedOrders()).hasSize(2);
    }

    @Test
    void ordersArrivingAfterTheProtectionIntervalCanBeLeftOut() {
        InventoryPosition p = InventoryPosition.of(STOCK, ORDERS, PolicyFixtures.TODAY.plusDays(21));
        assertThat(p.onOrder()).isEqualTo(24);
        assertThat(p.laterOrders()).extracting(PurchaseOrderLine::orderId).containsExactly("PO2");
        assertThat(p.laterOrdersQuantity()).isEqualTo(48);
        assertThat(p.value()).isEqualTo(40 + 12 + 24 - 6 - 3);
    }

    @Test
    void anOrderLineOfAnotherItemIsRefused() {
        List<PurchaseOrderLine> wrong = List.of(new PurchaseOrderLine("PO9", "B", "DC", "SUP", 5, PolicyFixtures.TODAY, true));
        assertThatThrownBy(() -> InventoryPosition.of(STOCK, wrong, null))
                .hasMessageContaining("Purchase order PO9 line for SKU B at DC was given with the stock of SKU A at DC");
    }
}
