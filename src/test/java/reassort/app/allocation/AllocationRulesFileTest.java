package reassort.app.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reassort.domain.LocationType;
import reassort.engine.allocation.AllocationRules;
import reassort.engine.allocation.FairShare;
import reassort.store.AllocationRuleRow;

class AllocationRulesFileTest {
    @TempDir
    Path dir;

    @Test
    void frenchHeadersDecimalCommasAndTheMostSpecificRuleWin() throws IOException {
        Path file = Files.writeString(dir.resolve("regles.csv"), """
                \uFEFFRègle;Canal;Code article;Catégorie;Site;Type de site;Unités;Pourcentage;Exposition max;Valeur
                TAMPON;SFS;;;;Magasin;;20 %;;
                TAMPON;SFS;;;MAG-PARIS;;3;;;
                MINIMUM;;;Cuisine;;;2,5;;;
                PRIORITY;MKP;;;;;;;;3
                FAIR_SHARE;;;;;;;;;proportional
                TRANSFER_COST;;;;;;;;;20/1,5/4
                """, StandardCharsets.UTF_8);

        List<AllocationRuleRow> rows = AllocationRulesFile.read(file);
        AllocationRules rules = AllocationRulesMapping.toRules(rows, "regles.csv");

        assertThat(rows).hasSize(6);
        assertThat(rules.buffer("SFS", "A", "Cuisine", "MAG-LYON", LocationType.STORE).percent()).isEqualTo(20);
        assertThat(rules.buffer("SFS", "A", "Cuisine", "MAG-PARIS", LocationType.STORE).units()).isEqualTo(3);
        assertThat(rules.buffer("SFS", "A", "Cuisine", "WH", LocationType.WAREHOUSE)).isNull();
        assertThat(rules.minimum("A", "Cuisine", "MAG-LYON", LocationType.STORE)).isEqualTo(2.5);
        assertThat(rules.minimum("A", "Jardin", "MAG-LYON", LocationType.STORE)).as("minimums given replace the default").isZero();
        assertThat(rules.priority("MKP")).isEqualTo(3);
        assertThat(rules.priority("STORE")).isEqualTo(1);
        assertThat(rules.fairShare()).isEqualTo(FairShare.PROPORTIONAL_TO_NEED);
        assertThat(rules.transferCost().of(10)).isEqualTo(35);
        assertThat(rules.transferCost().minimumUnits()).isEqualTo(4);
        assertThat(rules.overstockCoverDays()).as("not given: the default").isEqualTo(56);
    }

    @Test
    void anEmptyFileMeansTheDefaults() {
        assertThat(AllocationRulesMapping.toRules(AllocationRulesFile.parse(List.of("# nothing yet"), "x.csv"), "x.csv"))
                .isEqualTo(AllocationRules.defaults());
    }

    @Test
    void aBadRowIsRefusedWithItsLineAndAHint() {
        assertThatThrownBy(() -> AllocationRulesFile.parse(List.of("Rule,Channel,Value", "PRIORITY,WEB,first"), "r.csv"))
                .hasMessageContaining("r.csv").hasMessageContaining("\"first\"").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> AllocationRulesFile.parse(List.of("Rule;Colour", "BUFFER;red"), "r.csv"))
                .hasMessageContaining("r.csv line 1").hasMessageContaining("Colour");
        assertThatThrownBy(() -> AllocationRulesFile.parse(List.of("Rule;Units", "BUFFER;2"), "r.csv"))
                .hasMessageContaining("Channel of a buffer");
    }
}
