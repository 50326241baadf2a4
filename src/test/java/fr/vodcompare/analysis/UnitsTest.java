package fr.vodcompare.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void frenchNamesTheUnitsAndSpacesThePercentSign() {
        assertThat(Units.withUnit("37", "% of VOD consumers", Locale.FRENCH)).isEqualTo("37\u202F% des usagers de la VàD");
        assertThat(Units.label("titles", Locale.FRENCH)).isEqualTo("titres");
    }

    @Test
    void englishKeepsTheSourcesWordsEvenOnAFrenchSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(Units.withUnit("37", "% of VOD consumers", Locale.ENGLISH)).isEqualTo("37% of VOD consumers");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownUnitIsShownAsWritten() {
        assertThat(Units.withUnit("3", "widgets per fortnight", Locale.FRENCH)).isEqualTo("3 widgets per fortnight");
    }
}
