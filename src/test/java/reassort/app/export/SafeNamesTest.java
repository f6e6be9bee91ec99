package reassort.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SUP-A|SUP-A",
        "SUP A/B|SUP_A_B",
        "CON|_CON",
        "nul.txt|_nul.txt",
        "Fournisseur é|Fournisseur__",
        "'   '|export",
        ".hidden|hidden",
        "-rf|rf"})
    void fileStemsKeepOnlySafeCharacters(String code, String stem) {
        assertThat(SafeNames.fileStem(code)).isEqualTo(stem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\..\\Windows\\win.ini", "a/../../b", "C:\\x", "~/x", "x\u0000y"})
    void fileStemsCannotClimbFoldersOrNameADrive(String code) {
        String stem = SafeNames.fileStem(code);
        assertThat(stem).doesNotContain("/", "\\", "..", ":", "~", "\u0000").doesNotStartWith(".").isNotEmpty();
    }

    @Test
    void sheetNamesLoseForbiddenCharactersStayWithin31AndDifferIgnoringCase() {
        SafeNames.Sheets sheets = new SafeNames.Sheets();
        assertThat(sheets.name("SUP:A/B[1]")).isEqualTo("SUP-A-B-1-");
        assertThat(sheets.name("sup-a-b-1-")).isEqualTo("sup-a-b-1- (2)");
        String longName = "FOURNISSEUR-TRES-LONG MAG-PARIS-RIVOLI";
        assertThat(sheets.name(longName)).hasSize(31).isEqualTo(longName.substring(0, 31));
        assertThat(sheets.name(longName)).hasSize(31).endsWith(" (2)");
        assertThat(sheets.name("'quoted'")).isEqualTo("quoted");
    }
}
