package fr.vodcompare.chart;

import fr.vodcompare.analysis.MarketData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vodcompare.fixture.ChartFixture;
import fr.vodcompare.fixture.Top10Fixture;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.ingest.Top10Importer;
import fr.vodcompare.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Top 10 charts on the fixture's lists, their figures counted by hand from {@link Top10Fixture}'s lines and
 * {@link ChartFixture}'s Netflix titles (France: 3 weeks, 12 lines; the world: the first 2 weeks).
 */
class Top10ChartsTest {
    @TempDir
    static Path dir;
    static Store store;
    static ChartService service;

    @BeforeAll
    static void build() throws Exception {
        store = ChartFixture.create(dir);
        service = new ChartService(new MarketData(store));
        Top10Importer importer = new Top10Importer(store);
        importer.run(Top10Fixture.write(dir, "c.tsv", Top10Fixture.countries()), "FR", ImportProgress.NONE);
        importer.run(Top10Fixture.write(dir, "g.tsv", Top10Fixture.global()), null, ImportProgress.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ChartSpec spec(String id, Locale l) throws Exception {
        return service.spec(ChartRequest.of(id, l));
    }

    static ChartPoint point(ChartSpec spec, String series, String category) {
        return spec.series().stream().filter(s -> s.key().equals(series)).findFirst().orElseThrow().points().stream()
                .filter(p -> p.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void theTop10ChartsAreListedOnlyOnceTheirDataIsImported(@TempDir Path own) throws Exception {
        try (Store fresh = ChartFixture.create(own)) {
            ChartService charts = new ChartService(new MarketData(fresh));
            assertThat(charts.available(Locale.ENGLISH)).extracting(ChartInfo::id).containsExactlyElementsOf(ChartService.ids());
            Top10Importer importer = new Top10Importer(fresh);
            importer.run(Top10Fixture.write(own, "c.tsv", Top10Fixture.countries()), "FR", ImportProgress.NONE);
            assertThat(charts.available(Locale.ENGLISH)).extracting(ChartInfo::id).endsWith("top10-french-share", "top10-longest")
                    .hasSize(ChartService.ids().size() + 2);
            importer.run(Top10Fixture.write(own, "g.tsv", Top10Fixture.global()), null, ImportProgress.NONE);
            assertThat(charts.available(Locale.FRENCH)).extracting(ChartInfo::id).endsWith("top10-french-share",
                    "top10-longest", "top10-france-vs-world").hasSize(ChartService.ids().size() + 3);
        }
    }

    /** Exported before any Top 10 file is imported, the chart counts no "0 works" and says what to import. */
    @Test
    void longestWithoutAnyListSaysWhatToImportAndCountsNothing(@TempDir Path own) throws Exception {
        try (Store fresh = ChartFixture.create(own)) {
            ChartSpec s = new ChartService(new MarketData(fresh)).spec(ChartRequest.of("top10-longest", Locale.FRENCH));
            assertThat(s.subtitle()).isEqualTo("Semaines dans le Top 10 hebdomadaire de Netflix en France");
            assertThat(s.notes()).singleElement().asString().startsWith("Rien à montrer : importez d’abord");
        }
    }

    @Test
    void frenchShareByQuarterCountsFrenchAndUnknownLinesOfFilmsAndSeriesBesideTheCncFigure() throws Exception {
        ChartSpec s = spec("top10-french-share", Locale.ENGLISH);
        assertThat(s.categories()).containsExactly("Q3 2021", "Q4 2021");
        // Q3 films: Amélie Again ×2 (France), Big Comedy (US), Unknown Film (not linked), Eerie (India): 2 of 5 French
        ChartPoint q3Films = point(s, "films", "Q3 2021");
        assertThat(q3Films.count()).isEqualTo(2);
        assertThat(q3Films.base()).isEqualTo(5);
        assertThat(q3Films.high()).isCloseTo(40.0, within(1e-9));
        assertThat(point(s, "filmsUnknown", "Q3 2021").count()).isEqualTo(1);
        // Q3 series: Crime Time (no country), Lupin ×3 (not linked), Deutschland Docs (Germany): none French, 4 unknown
        assertThat(point(s, "series", "Q3 2021").count()).isZero();
        assertThat(point(s, "seriesUnknown", "Q3 2021").high()).isCloseTo(80.0, within(1e-9));
        // Q4: Big Comedy (US) and Lupin (not linked)
        assertThat(point(s, "films", "Q4 2021").high()).isZero();
        assertThat(point(s, "seriesUnknown", "Q4 2021").high()).isCloseTo(100.0, within(1e-9));
        assertThat(s.reference().value()).isEqualTo(5.5);
        assertThat(s.reference().label()).isEqualTo("CNC, French titles in Netflix's catalogue, 2022: 5.5%");
        assertThat(s.source()).startsWith("Sources: Netflix Top 10, weekly, as published by Netflix; CNC");
        assertThat(s.dataDate()).isEqualTo("Data: weekly lists from the week of 4 July 2021 to the week of 3 October 2021 (3 weeks)");
        // linked: films 5 of 6 (Unknown Film is not), series 2 of 6 (Lupin's 4 lines are not)
        assertThat(s.notes().get(0)).contains("Linked: 5 of 6 film lines (83%) and 2 of 6 series lines (33%); "
                + "country unknown for 1 film and 5 series lines");
        assertThat(s.notes()).contains("Q4 2021: weeks from 3 October 2021 to 3 October 2021 only.");
        assertThat(s.notes()).anyMatch(n -> n.startsWith("Linked to the Netflix catalogue file as of 25 September 2021"));
    }

    @Test
    void longestCountsDistinctWeeksOfAWorkWhateverItsSeasons() throws Exception {
        ChartSpec s = spec("top10-longest", Locale.ENGLISH);
        assertThat(s.categories()).containsExactly("Lupin (series)", "Amélie Again (film)", "Big Comedy (film)",
                "Crime Time (series)", "Unknown Film (film)", "Deutschland Docs (series)", "Eerie (film)");
        assertThat(s.series().get(0).points()).extracting(ChartPoint::high).containsExactly(3.0, 2.0, 2.0, 1.0, 1.0, 1.0, 1.0);
        assertThat(s.source()).isEqualTo("Source: Netflix Top 10, weekly, as published by Netflix");
    }

    @Test
    void franceAgainstTheWorldComparesOnlyTheWeeksBothListsHold() throws Exception {
        ChartSpec s = spec("top10-france-vs-world", Locale.ENGLISH);
        assertThat(s.categories()).containsExactly("Q3 2021");
        // week 1: Amélie, Big Comedy, Unknown Film, Crime Time, Lupin (world: Big Comedy, Lupin);
        // week 2: Amélie, Eerie, Lupin (two seasons, once), Deutschland Docs (world: Amélie, Deutschland Docs)
        ChartPoint also = point(s, "also", "Q3 2021");
        assertThat(also.count()).isEqualTo(4);
        assertThat(also.base()).isEqualTo(9);
        assertThat(point(s, "only", "Q3 2021").count()).isEqualTo(5);
        assertThat(s.notes().get(0)).contains("2 weeks compared, 9 works-weeks; 1 weeks of France without a global list");
        assertThat(s.notes().get(1)).isEqualTo("Only in France's Top 10 most often: Amélie Again (film): 1 weeks; "
                + "Crime Time (series): 1 weeks; Eerie (film): 1 weeks; Lupin (series): 1 weeks; Unknown Film (film): 1 weeks.");
    }

    @Test
    void everyTop10ChartHasItsTextsInBothLanguages() throws Exception {
        for (String id : ChartService.top10Ids()) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                ChartSpec s = spec(id, l);
                assertThat(s.title()).isNotBlank().doesNotContain("{");
                assertThat(s.subtitle()).doesNotContain("{");
                assertThat(s.notes()).allSatisfy(n -> assertThat(n).doesNotContain("{"));
                assertThat(s.source()).contains("Netflix Top 10, weekly, as published by Netflix");
                assertThat(s.dataDate()).isNotBlank();
            }
        }
        assertThat(spec("top10-french-share", Locale.FRENCH).categories()).containsExactly("T3 2021", "T4 2021");
        assertThat(spec("top10-french-share", Locale.FRENCH).dataDate())
                .isEqualTo("Données : listes hebdomadaires de la semaine du 4 juillet 2021 à celle du 3 octobre 2021 (3 semaines)");
    }
}
