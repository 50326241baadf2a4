package fr.vodcompare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.CatalogueReader;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.CsvTable;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.FactStatus;
import fr.vodcompare.model.Qualifier;
import fr.vodcompare.model.Source;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    final Messages fr = Messages.of(Locale.FRANCE);
    final Messages en = Messages.of(Locale.ENGLISH);

    private static Set<String> keys(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/fr/vodcompare/ui/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void frenchAndEnglishHaveTheSameTexts() throws Exception {
        Set<String> base = keys("messages.properties");
        Set<String> french = keys("messages_fr.properties");
        // the catalogues' own genre labels are English: only French needs their table
        french.removeIf(k -> k.startsWith("unit.") || k.startsWith("genre.label.") || k.startsWith("country.label."));
        assertThat(french).containsExactlyInAnyOrderElementsOf(base);
    }

    @Test
    void everyPatternFormatsWithEveryPlaceholderFilled() throws Exception {
        for (String key : keys("messages.properties")) {
            for (Messages m : List.of(fr, en)) {
                String text = m.format(key, 101, 202, 303, 404, 505, 606, 707, 808, 909, 1010);
                // a placeholder left as it is: a quote (') in the pattern swallowed it, or a typo such as {O}
                assertThat(text).as("%s (%s)", key, m.language()).isNotBlank().doesNotContain("{").doesNotContain("}");
            }
        }
    }

    @Test
    void numbersAndDatesFollowTheLanguage() {
        assertThat(fr.count(2905)).isEqualTo("2\u202F905");
        assertThat(en.count(2905)).isEqualTo("2,905");
        assertThat(fr.format("catalogue.count", 1, 18475)).isEqualTo("1 titre trouvé (sur 18\u202F475)");
        assertThat(en.format("catalogue.count", 12, 18475)).isEqualTo("12 matching titles (of 18,475)");
        assertThat(fr.date(LocalDate.of(2021, 9, 25))).isEqualTo("25 sept. 2021");
    }

    @Test
    void valuesKeepTheSourcesUnitInTheUsersLanguage() {
        Fact reach = new Fact(1, "m", "netflix", "Netflix", "2017-09", 37.0, 37.0, "37", "% of VOD consumers",
                new Source("CNC", null), null);
        Fact spend = new Fact(2, "m", "netflix", "Netflix", "2018", 7.0, 8.0, "7-8", "billion USD", new Source("IHS", null), null);
        assertThat(fr.value(reach)).isEqualTo("37\u202F% des usagers de la VàD");
        assertThat(en.value(reach)).isEqualTo("37% of VOD consumers");
        assertThat(fr.value(spend)).isEqualTo("7–8 milliards USD");
        assertThat(en.value(spend)).isEqualTo("7–8 billion USD");
    }

    @Test
    void valuesCarryTheSignTheirSourceGivesThem() {
        Fact bound = new Fact(3, "m", "disney_plus", "Disney+", "2021-08", 10.0, 10.0, "10", "% of catalogue",
                new Source("NPA Conseil – Insight NPA", null), null, FactStatus.NOT_STATED, Qualifier.AT_MOST, "FR", "NPA Conseil");
        Fact about = new Fact(4, "m", "netflix", "Netflix", "2016-02", 2000.0, 2000.0, "2000", "films and series",
                new Source("uNoGS", null), null, FactStatus.ESTIMATE, Qualifier.APPROXIMATE, "FR", "uNoGS");
        assertThat(en.value(bound)).isEqualTo("\u2264\u202F10% of catalogue");
        assertThat(fr.value(about)).startsWith("\u2248\u202F2\u202F000");
    }

    @Test
    void anyOtherLanguageGetsEnglish() {
        assertThat(Messages.of(Locale.GERMANY).language()).isEqualTo("en");
        assertThat(Messages.of(Locale.CANADA_FRENCH).language()).isEqualTo("fr");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            en, 1, 8807, Its catalogue (8,807 titles) and its originals are deleted
            en, 3, 1,    Its 3 catalogues (1 title) and its originals are deleted
            fr, 1, 1,    Son catalogue (1 titre) et ses créations originales sont supprimés
            """)
    void deletingAPlatformCountsItsCataloguesInGoodGrammar(String lang, int catalogues, int titles, String start) {
        assertThat(Messages.of(java.util.Locale.forLanguageTag(lang)).format("data.deletePlatform.detail", catalogues, titles))
                .startsWith(start);
    }

    @Test
    void everyGenreLabelOfTheBundledCataloguesHasAFrenchNameAndEnglishKeepsTheFilesWords() throws Exception {
        Set<String> labels = new TreeSet<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("data/catalogues"))) {
            for (java.nio.file.Path f : files.filter(p -> !p.getFileName().toString().equals("index.csv")).toList()) {
                var table = CsvTable.read(f, CsvOptions.DEFAULT);
                CatalogueReader.read(table, "x").titles().forEach(t -> labels.addAll(t.genres()));
            }
        }
        assertThat(labels).hasSizeGreaterThan(50);
        Set<String> sameInFrench = Set.of("Action", "Animation", "Anime", "Arts", "International", "LGBTQ", "Romance",
                "Suspense", "Thrillers", "Western");
        for (String label : labels) {
            assertThat(en.genre(label)).isEqualTo(label);
            if (!sameInFrench.contains(label)) {
                assertThat(fr.genre(label)).as(label).isNotEqualTo(label);
            }
        }
        assertThat(fr.genres(List.of("International TV Shows", "TV Dramas"))).isEqualTo("Séries internationales, Séries dramatiques");
        assertThat(fr.genre("Some New Label")).isEqualTo("Some New Label");
    }

    @Test
    void durationsAreWrittenInTheLanguage() {
        assertThat(fr.duration("2 Seasons")).isEqualTo("2 saisons");
        assertThat(fr.duration("1 Season")).isEqualTo("1 saison");
        assertThat(en.duration("2 Seasons")).isEqualTo("2 seasons");
        assertThat(fr.duration("90 min")).isEqualTo("90 min");
        assertThat(fr.duration("about an hour")).isEqualTo("about an hour");
    }

    @Test
    void everyProductionCountryOfTheBundledCataloguesIsNamedInFrench() throws Exception {
        Set<String> names = new TreeSet<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("data/catalogues"))) {
            for (java.nio.file.Path f : files.filter(p -> !p.getFileName().toString().equals("index.csv")).toList()) {
                CatalogueReader.read(CsvTable.read(f, CsvOptions.DEFAULT), "x").titles().forEach(t -> names.addAll(t.countries()));
            }
        }
        assertThat(names).hasSizeGreaterThan(100);
        Set<String> same = Set.of("Burkina Faso", "Canada", "Cuba", "France", "Ghana", "Guatemala", "Iran", "Kenya", "Kosovo",
                "Liechtenstein", "Luxembourg", "Malawi", "Monaco", "Mozambique", "Nicaragua", "Nigeria", "Pakistan", "Panama",
                "Paraguay", "Portugal", "Qatar", "Samoa", "Sri Lanka", "Uruguay", "Venezuela", "Zimbabwe", "Bahamas", "Angola",
                "Botswana", "Afghanistan", "Bangladesh", "Kazakhstan", "Philippines", "Ukraine", "Hong Kong");
        for (String n : names) {
            assertThat(en.country(n)).isEqualTo(n);
            if (!same.contains(n)) {
                assertThat(fr.country(n)).as(n).isNotEqualTo(n);
            }
        }
        assertThat(fr.countries(List.of("United States", "South Korea", "West Germany"))).isEqualTo("États-Unis, Corée du Sud, "
                + "Allemagne de l’Ouest");
    }
}
