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

    /** ASCII texts take a path without regular expressions: it gives what the general rule gives. */
    @org.junit.jupiter.api.Test
    void asciiTextsAreNormalisedAsByTheGeneralRule() {
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append((char) (random.nextInt(3) == 0 ? ' ' + random.nextInt(96) : random.nextBoolean() ? 'a' + random.nextInt(26) : 'A' + random.nextInt(26)));
            }
            String raw = b.toString();
            String general = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+").matcher(raw.replace("&", " and ")
                    .toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
            assertThat(Normalise.text(raw)).as(raw).isEqualTo(general);
        }
        assertThat(Normalise.text(" Tom & Jerry: 2 ")).isEqualTo("tom and jerry 2");
        assertThat(Normalise.text("...")).isEmpty();
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
            'Kids, Music, AND Dance, Andorra'                    | Kids, Music, AND Dance;Andorra
            'Drama, Andy Serkis, Anderson'                       | Drama;Andy Serkis;Anderson
            """)
    void commaListsKeepNamesThatAreThemselvesLists(String raw, String expected) {
        assertThat(Normalise.commaList(raw)).containsExactly(expected.split(";"));
    }
}
