package fr.vodcompare.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Amélie                 | amelie
            '  Le Cœur  (2001)! '  | le coeur 2001
            Fast & Furious         | fast and furious
            L'Été                  | l ete
            """)
    void titlesAreComparedWithoutCaseAccentsOrPunctuation(String raw, String expected) {
        assertThat(Normalise.text(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            France, FRANCE
            Belgium, EUROPE
            United Kingdom, EUROPE
            United States, US
            India, OTHER
            """)
    void countriesFallInTheirRegion(String country, Region region) {
        assertThat(Region.of(country)).isEqualTo(region);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Dramas, Comedies'                                   | Dramas;Comedies
            'Arthouse, Arts, Entertainment, and Culture, Drama' | Arthouse;Arts, Entertainment, and Culture;Drama
            ' France,  , Belgium, France'                        | France;Belgium
            """)
    void commaListsKeepNamesThatAreThemselvesLists(String raw, String expected) {
        assertThat(Normalise.commaList(raw)).containsExactly(expected.split(";"));
    }
}
