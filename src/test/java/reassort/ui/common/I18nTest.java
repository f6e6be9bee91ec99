package reassort.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class I18nTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/reassort/ui/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyEnglishTextHasAFrenchTranslationAndNoMore() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void frenchSystemLocalesGetFrenchOthersEnglish() {
        assertThat(I18n.of(Locale.CANADA_FRENCH).text("menu.help.about")).isEqualTo("À propos de Reassort");
        assertThat(I18n.of(Locale.GERMANY).text("menu.help.about")).isEqualTo("About Reassort");
    }

    @Test
    void numbersFollowTheLanguage() {
        assertThat(I18n.of(Locale.FRENCH).number(1234.5, 1)).isEqualTo("1\u202f234,5");
        assertThat(I18n.of(Locale.ENGLISH).number(1234.5, 1)).isEqualTo("1,234.5");
    }

    @Test
    void datesKeepFourDigitYearsAndTheRegionsOrder() {
        java.time.LocalDate date = java.time.LocalDate.of(2026, 11, 15);
        assertThat(I18n.of(Locale.FRANCE).dateFormat().format(date)).isEqualTo("15/11/2026");
        assertThat(I18n.of(Locale.UK).dateFormat().format(date)).isEqualTo("15/11/2026");
        assertThat(I18n.of(Locale.US).dateFormat().format(date)).isEqualTo("11/15/2026");
        assertThat(I18n.of(Locale.GERMANY).dateFormat().format(date)).isEqualTo("15/11/2026");
    }
}
