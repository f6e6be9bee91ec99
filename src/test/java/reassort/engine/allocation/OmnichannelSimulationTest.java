package reassort.engine.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import reassort.domain.ProgressListener;

class OmnichannelSimulationTest {
    private static final OmnichannelSimulation.Settings SMALL = new OmnichannelSimulation.Settings(40, 10, 200, 28, 0.3, 12,
            24, 7, 21);

    @Test
    void poolingShipsWebOrdersFromStoresAndBuffersProtectTheStoresFromIt() {
        List<OmnichannelSimulation.Outcome> o = new OmnichannelSimulation(SMALL).run(3, ProgressListener.NONE);
        OmnichannelSimulation.Outcome plain = o.get(0);
        OmnichannelSimulation.Outcome buffers = o.get(1);
        OmnichannelSimulation.Outcome pooling = o.get(2);
        OmnichannelSimulation.Outcome both = o.get(3);

        assertThat(plain.webFromStores()).isZero();
        assertThat(buffers.webFromStores()).isZero();
        assertThat(pooling.webFromStores()).isPositive();
        assertThat(pooling.webFillRate()).isGreaterThan(plain.webFillRate());
        assertThat(pooling.storeFillRate()).as("stores lose sales to the web without buffers").isLessThan(plain.storeFillRate());
        assertThat(both.storeFillRate()).isGreaterThan(pooling.storeFillRate());
        assertThat(both.webFromStores()).isLessThan(pooling.webFromStores());
        for (OmnichannelSimulation.Outcome outcome : o) {
            assertThat(outcome.storeFillRate()).isBetween(0.5, 1.0);
            assertThat(outcome.webFillRate()).isBetween(0.5, 1.0);
        }
    }

    @Test
    void oneSeedGivesOneResult() {
        assertThat(new OmnichannelSimulation(SMALL).run(9, ProgressListener.NONE))
                .isEqualTo(new OmnichannelSimulation(SMALL).run(9, ProgressListener.NONE));
    }
}
