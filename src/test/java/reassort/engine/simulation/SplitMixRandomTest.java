package reassort.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitMixRandomTest {
    @ParameterizedTest
    @CsvSource({"1, 0x5eed, 2, 0x5eed", "1000003, 0x5eed, 1000004, 0x5eed", "7, 0x5eed, 7, 0x1ead", "-1, 1, 0, 1"})
    void neighbouringSeedsAndSaltsGiveStreamsThatAreNotShiftsOfOneAnother(long seedA, String saltA, long seedB,
            String saltB) {
        SplitMixRandom a = SplitMixRandom.of(seedA, Integer.decode(saltA));
        SplitMixRandom b = SplitMixRandom.of(seedB, Integer.decode(saltB));
        Set<Long> drawsOfA = new HashSet<>();
        for (int i = 0; i < 100_000; i++) drawsOfA.add(a.nextLong());

        int shared = 0;
        for (int i = 0; i < 1_000; i++) if (drawsOfA.contains(b.nextLong())) shared++;
        assertThat(shared).isZero();
    }

    @Test
    void itemsSeededByNeighbouringKeysDrawUncorrelatedStandardNormals() {
        int n = 200_000;
        double sumA = 0;
        double sumSquaresA = 0;
        double sumProducts = 0;
        for (int item = 0; item < 100; item++) {
            SplitMixRandom a = SplitMixRandom.of(item, 0x5eed);
            SplitMixRandom b = SplitMixRandom.of(item + 1, 0x5eed);
            for (int i = 0; i < n / 100; i++) {
                double x = a.nextGaussian();
                double y = b.nextGaussian();
                sumA += x;
                sumSquaresA += x * x;
                sumProducts += x * y;
            }
        }
        assertThat(sumA / n).isCloseTo(0, within(0.01));
        assertThat(sumSquaresA / n).isCloseTo(1, within(0.015));
        assertThat(sumProducts / n).isCloseTo(0, within(0.01));
    }
}
