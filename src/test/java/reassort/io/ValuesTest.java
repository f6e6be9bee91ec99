package reassort.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @ParameterizedTest(name = "{0} ({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            "12|COMMA|12",
            "-12|COMMA|-12",
            "12,5|COMMA|12.5",
            "12.5|COMMA|12.5",
            "1 234,50|COMMA|1234.5",
            "1\u00a0234,50|COMMA|1234.5",
            "1\u202f234\u202f567,5|COMMA|1234567.5",
            "1.234,50|COMMA|1234.5",
            "1.234.567|COMMA|1234567",
            "1,234|COMMA|1.234",
            "12,50 €|COMMA|12.5",
            "12-|COMMA|-12",
            "(12,5)|COMMA|-12.5",
            "1,234.50|DOT|1234.5",
            "1,234|DOT|1234",
            "1,234,567|DOT|1234567",
            "12,5|DOT|12.5",
            "$1,234.50|DOT|1234.5",
            "1.5E3|DOT|1500",
            "'−3'|DOT|-3"})
    void numbersAreReadInFrenchAndEnglishStyles(String text, DecimalSeparator decimal, double expected) {
        assertThat(Values.number(text.replace("'", ""), decimal)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"deux", "12 pcs", "1,2,3", "1.23.4", "--3", "12,3,4.5", "n/a", "1 234,5,6"})
    void textThatIsNoNumberIsNaN(String text) {
        assertThat(Values.number(text, DecimalSeparator.COMMA)).isNaN();
        assertThat(Values.number(text, DecimalSeparator.DOT)).isNaN();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-01-06|2025-01-06",
            "2025-01-06T00:00:00|2025-01-06",
            "2025-01-06 13:45|2025-01-06",
            "2025/01/06|2025-01-06",
            "20250106|2025-01-06",
            "25/01/2025|2025-01-25",
            "25.01.2025|2025-01-25",
            "25-01-25|2025-01-25",
            "25/01/2025 08:30:00|2025-01-25",
            "06-Jan-2025|2025-01-06",
            "6 janv. 2025|2025-01-06",
            "6 février 2025|2025-02-06",
            "Jan 6, 2025|2025-01-06",
            "45663|2025-01-06"})
    void datesInTheirUsualWritings(String text, LocalDate expected) {
        DateText.Parsed parsed = DateText.parse(text);
        LocalDate date = parsed.form() == DateText.Form.SERIAL
                ? LocalDate.of(1899, 12, 30).plusDays((long) parsed.serial())
                : DateText.resolve(parsed, DateOrder.DAY_FIRST);
        assertThat(date).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: evidence {1}, ambiguous {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "25/01/2025|DAY_FIRST|false",
            "01/25/2025|MONTH_FIRST|false",
            "03/02/2025|none|true",
            "05/05/2025|none|false",
            "2025-03-02|none|false"})
    void dayOrMonthFirstIsSettledOnlyByAPartAboveTwelve(String text, DateOrder evidence, boolean ambiguous) {
        DateText.Parsed parsed = DateText.parse(text);
        assertThat(parsed.evidence()).isEqualTo(evidence);
        assertThat(parsed.ambiguous()).isEqualTo(ambiguous);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31/02/2025|DAY_FIRST", "02/31/2025|MONTH_FIRST", "29/02/2025|DAY_FIRST",
            "12/25/2025|DAY_FIRST", "2025-13-01|DAY_FIRST", "01/01/1850|DAY_FIRST"})
    void impossibleDatesResolveToNothing(String text, DateOrder order) {
        assertThat(DateText.resolve(DateText.parse(text), order)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"hier", "12", "2025", "1/2", "32/13/20251", "SKU-10442", "12:30"})
    void textThatIsNoDateIsInvalid(String text) {
        assertThat(DateText.parse(text).form()).isEqualTo(DateText.Form.INVALID);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-W07|2025-02-10",
            "2025W07|2025-02-10",
            "W07 2025|2025-02-10",
            "S07 2025|2025-02-10",
            "S07-2025|2025-02-10",
            "Sem. 07/2025|2025-02-10",
            "Semaine 7 2025|2025-02-10",
            "Week 1 2025|2024-12-30",
            "2020-W53|2020-12-28"})
    void weekLabelsGiveTheirMonday(String label, LocalDate monday) {
        assertThat(DateText.week(label)).isEqualTo(monday);
    }

    @Test
    void aWeekThatDoesNotExistIsNoWeek() {
        assertThat(DateText.week("2025-W53")).isNull();
        assertThat(DateText.week("S00 2025")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Mon,Thu|MONDAY THURSDAY", "lun, jeu|MONDAY THURSDAY",
            "lundi/jeudi|MONDAY THURSDAY", "lun-mer|MONDAY TUESDAY WEDNESDAY", "Fri - Mon|FRIDAY SATURDAY SUNDAY MONDAY",
            "mardi et vendredi|TUESDAY FRIDAY"})
    void orderDaysInFrenchAndEnglish(String text, String expected) {
        assertThat(Values.weekdays(text)).containsExactlyInAnyOrder(
                java.util.Arrays.stream(expected.split(" ")).map(DayOfWeek::valueOf).toArray(DayOfWeek[]::new));
    }

    @Test
    void anUnknownDayIsNamed() {
        assertThatThrownBy(() -> Values.weekdays("lun, jour férié")).hasMessageContaining("'jour'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {"oui|true", "Yes|true", "x|true", "1|true", "VRAI|true",
            "non|false", "No|false", "0|false", "FALSE|false", "''|false", "peut-être|none"})
    void flags(String text, Boolean expected) {
        assertThat(Values.flag(text)).isEqualTo(expected);
    }

    @Test
    void columnLettersFollowExcel() {
        assertThat(Text.columnLetters(0)).isEqualTo("A");
        assertThat(Text.columnLetters(25)).isEqualTo("Z");
        assertThat(Text.columnLetters(26)).isEqualTo("AA");
        assertThat(Text.columnLetters(701)).isEqualTo("ZZ");
        assertThat(Text.columnLetters(702)).isEqualTo("AAA");
    }

    @Test
    void prologueWithDoctypeIsCaughtWhereverItHides() {
        byte[] plain = "<?xml version=\"1.0\"?><worksheet/>".getBytes();
        byte[] doctype = "<?xml version=\"1.0\"?><!-- hi --><!DOCTYPE x [<!ENTITY a \"b\">]><worksheet/>".getBytes();
        byte[] utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x><x/>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] unfinished = "<?xml version=\"1.0\"?><!-- long comment".getBytes();

        assertThat(ZipGuard.declaresDtd(plain, plain.length, true)).isFalse();
        assertThat(ZipGuard.declaresDtd(doctype, doctype.length, true)).isTrue();
        assertThat(ZipGuard.declaresDtd(utf16, utf16.length, true)).isTrue();
        assertThat(ZipGuard.declaresDtd(unfinished, unfinished.length, false)).isTrue();
    }
}
