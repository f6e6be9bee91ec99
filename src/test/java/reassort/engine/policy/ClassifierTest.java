package reassort.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {

    @Test
    void abcCutsOnCumulativeShareOfValueAndTheItemCrossingTheLineStaysInTheHigherClass() {
        // total 100: 50 (share before 0) A, 25 (50 %) A, 10 (75 %) A, 8 (85 %) B, 4 (93 %) B, 2 (97 %) C, 1 (99 %) C
        double[] values = {8, 50, 1, 25, 4, 10, 2};
        ItemClass[] c = new Classifier(ClassificationSettings.defaults()).classify(values, new double[7]);
        assertThat(c).extracting(ItemClass::abc).containsExactly(
                AbcClass.B, AbcClass.A, AbcClass.C, AbcClass.A, AbcClass.B, AbcClass.A, AbcClass.C);
        assertThat(c[1].cumulativeShare()).isEqualTo(0.5);
        assertThat(c[2].cumulativeShare()).isEqualTo(1.0);
    }

    @Test
    void sharesAreSettings() {
        double[] values = {50, 25, 10, 8, 4, 2, 1};
        ItemClass[] c = new Classifier(new ClassificationSettings(0.5, 0.3, 0.5, 1)).classify(values, new double[7]);
        assertThat(c).extracting(ItemClass::abc).containsExactly(
                AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C, AbcClass.C, AbcClass.C, AbcClass.C);
    }

    @Test
    void itemsWithoutValueAreC() {
        ItemClass[] c = new Classifier(ClassificationSettings.defaults()).classify(new double[] {0, 0}, new double[] {0.1, 0.1});
        assertThat(c).extracting(ItemClass::abc).containsOnly(AbcClass.C);
    }

    @ParameterizedTest
    @CsvSource({"0.2, X", "0.5, X", "0.51, Y", "1.0, Y", "1.5, Z", "NaN, Z"})
    void xyzCutsOnTheCoefficientOfVariation(double cv, XyzClass expected) {
        assertThat(new Classifier(ClassificationSettings.defaults()).xyz(cv)).isEqualTo(expected);
    }

    @Test
    void badSharesAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClassificationSettings(0.9, 0.2, 0.5, 1))
                .hasMessageContaining("add up to at most 100 %");
    }
}
