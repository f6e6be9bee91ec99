package reassort.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExplanationCodecTest {
    private static final String EXPLANATION = """
            SKU B0000001 at ST-001 (STORE) — order 16 units on 2024-03-04, expected 2024-03-06, from location WH-01
              1. Classification   [ABC on value, XYZ on variability]
                   value = 11015.70 money (forecast value per year); share = 88.27 % (cumulative share of value)
                   rule: class BY
              2. Service target: 95.00 %   [cycle service level]
                   rule: class B default (95 %)
              5. Demand variability over the interval: 6.16 units   [σ_P = √(Σσ_h² + d̄²·σ_L²)]
              ! A flag with an unusual character: 日本
            """;

    @Test
    void anExplanationComesBackExactlyAndFarShorter() {
        try (ExplanationCodec codec = new ExplanationCodec()) {
            String stored = codec.encode(EXPLANATION);
            assertThat(stored).startsWith(ExplanationCodec.MARKER);
            assertThat(stored.length()).isLessThan(EXPLANATION.length() / 2);
            assertThat(ExplanationCodec.decode(stored)).isEqualTo(EXPLANATION);
        }
    }

    @Test
    void oneCodecEncodesManyTextsInARow() {
        try (ExplanationCodec codec = new ExplanationCodec()) {
            String a = codec.encode(EXPLANATION);
            String b = codec.encode(EXPLANATION.replace("STORE", "WEB").repeat(30));
            assertThat(ExplanationCodec.decode(a)).isEqualTo(EXPLANATION);
            assertThat(ExplanationCodec.decode(b)).isEqualTo(EXPLANATION.replace("STORE", "WEB").repeat(30));
        }
    }

    @Test
    void shortAndOlderPlainTextsAreReadAsTheyAre() {
        try (ExplanationCodec codec = new ExplanationCodec()) {
            assertThat(codec.encode("no order")).isEqualTo("no order");
        }
        assertThat(ExplanationCodec.decode("SKU X at WH — no order\n  1. Step\n")).isEqualTo("SKU X at WH — no order\n  1. Step\n");
        assertThat(ExplanationCodec.decode("")).isEmpty();
    }

    @Test
    void aDamagedValueFailsWithAHint() {
        String stored;
        try (ExplanationCodec codec = new ExplanationCodec()) {
            stored = codec.encode(EXPLANATION);
        }
        assertThatThrownBy(() -> ExplanationCodec.decode(stored.substring(0, stored.length() / 2)))
                .isInstanceOf(StoreException.class).hasMessageContaining("plan again");
    }
}
