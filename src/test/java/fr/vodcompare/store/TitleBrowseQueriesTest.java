package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Kind;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TitleBrowseQueriesTest {
    @TempDir
    static Path dir;
    static Store store;
    static TitleBrowseQueries queries;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.bundledCopy(dir);
        queries = new TitleBrowseQueries(store.database());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static TitleFilter search(String text) {
        return TitleFilter.ALL.withSearch(text);
    }

    @Test
    void countsEveryTitleOfTheBundledCatalogues() throws Exception {
        assertThat(queries.count(TitleFilter.ALL)).isEqualTo(8807 + 9668);
        assertThat(queries.count(TitleFilter.ALL.withPlatforms(List.of("netflix")))).isEqualTo(8807);
    }

    @Test
    void findsLupinOnNetflixFirst() throws Exception {
        List<TitleBrowseQueries.Row> rows = queries.page(search("lupin"), TitleSort.DEFAULT, 0, 50);
        assertThat(rows.get(0).title().name()).isEqualTo("Lupin");
        assertThat(rows.get(0).platformName()).isEqualTo("Netflix");
        assertThat(rows).hasSize(queries.count(search("lupin")));
    }

    @Test
    void searchIgnoresAccentsAndMatchesCast() throws Exception {
        assertThat(names(search("omar sy"))).contains("Lupin");
        assertThat(queries.count(search("amelie"))).isEqualTo(queries.count(search("Amélie")));
    }

    @Test
    void pagesOfRelevanceOrderFollowOnWithoutGapsOrRepeats() throws Exception {
        TitleFilter f = search("the");
        int total = queries.count(f);
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 97) {
            queries.page(f, TitleSort.DEFAULT, offset, 97).forEach(r -> ids.add(r.title().id()));
        }
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        List<Long> all = new ArrayList<>();
        queries.forEach(f, TitleSort.DEFAULT, r -> all.add(r.title().id()));
        assertThat(all).isEqualTo(ids);
    }

    @ParameterizedTest
    @EnumSource(TitleSort.Key.class)
    void everySortGivesEveryRowOnce(TitleSort.Key key) throws Exception {
        TitleFilter f = TitleFilter.ALL.withPlatforms(List.of("netflix"));
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; offset < 9000; offset += 3000) {
            queries.page(f, new TitleSort(key, false), offset, 3000).forEach(r -> ids.add(r.title().id()));
        }
        assertThat(ids).hasSize(8807).doesNotHaveDuplicates();
    }

    @Test
    void sortsByYearNewestFirstWithBlanksLast() throws Exception {
        List<TitleBrowseQueries.Row> rows = queries.page(TitleFilter.ALL, new TitleSort(TitleSort.Key.YEAR, false), 0, 3);
        assertThat(rows).allSatisfy(r -> assertThat(r.title().releaseYear()).isEqualTo(2021));
    }

    @Test
    void filtersCombine() throws Exception {
        TitleFilter f = new TitleFilter(null, List.of("netflix"), Kind.SERIES, null, TitleFilter.Origin.FRANCE, 2015, 2021,
                LocalDate.of(2016, 1, 1), LocalDate.of(2021, 12, 31), false, null);
        List<TitleBrowseQueries.Row> rows = queries.page(f, TitleSort.DEFAULT, 0, 1000);
        assertThat(rows).isNotEmpty().hasSize(queries.count(f)).allSatisfy(r -> {
            assertThat(r.title().platformId()).isEqualTo("netflix");
            assertThat(r.title().kind()).isEqualTo(Kind.SERIES);
            assertThat(r.title().countries()).contains("France");
            assertThat(r.title().releaseYear()).isBetween(2015, 2021);
        });
        assertThat(rows).extracting(r -> r.title().name()).contains("Lupin", "Marseille");
    }

    @Test
    void outsideEuropeAndEuropeSplitTheTitlesWithACountry() throws Exception {
        int europe = queries.count(new TitleFilter(null, null, null, null, TitleFilter.Origin.EUROPE, null, null, null, null, false, null));
        int outside = queries.count(new TitleFilter(null, null, null, null, TitleFilter.Origin.OUTSIDE_EUROPE, null, null, null,
                null, false, null));
        int withCountry = queries.origins().stream().mapToInt(TitleBrowseQueries.Origins::withCountry).sum();
        assertThat(europe + outside).isEqualTo(withCountry);
    }

    @Test
    void originalsOnlyKeepsTitlesFromTheOriginalsList() throws Exception {
        TitleFilter f = new TitleFilter(null, null, null, null, null, null, null, null, null, true, null);
        assertThat(names(f)).contains("Lupin", "Marseille").doesNotContain("Lupin the 3rd: The Castle of Cagliostro: Special Edition");
    }

    @Test
    void genreFilterUsesTheGenreList() throws Exception {
        TitleBrowseQueries.Genre docs = queries.genres().stream().filter(g -> g.name().equals("Documentaries")).findFirst()
                .orElseThrow();
        TitleFilter f = new TitleFilter(null, null, null, docs.id(), null, null, null, null, null, false, null);
        assertThat(queries.count(f)).isEqualTo(docs.titles());
    }

    @Test
    void copiesOfAWorkNameItsPlatforms() throws Exception {
        long lupin = queries.page(search("lupin"), TitleSort.DEFAULT, 0, 1).get(0).title().id();
        assertThat(queries.copiesOf(lupin)).extracting(TitleBrowseQueries.Copy::platformName).containsExactly("Netflix");
    }

    private static List<String> names(TitleFilter f) throws StoreException {
        return queries.page(f, TitleSort.DEFAULT, 0, 10_000).stream().map(r -> r.title().name()).collect(Collectors.toList());
    }

    @Test
    void franceLeavesOutThePrimeVideoTitlesWithNoCountryAndSaysHowMany() throws Exception {
        TitleFilter france = new TitleFilter(null, null, Kind.SERIES, null, TitleFilter.Origin.FRANCE, null, null, null, null,
                false, null);
        List<TitleBrowseQueries.Blanks> blanks = queries.blanks(france);
        TitleBrowseQueries.Blanks prime = blanks.stream().filter(b -> b.platformId().equals("prime_video")).findFirst().orElseThrow();
        int primeSeries = queries.count(new TitleFilter(null, List.of("prime_video"), Kind.SERIES, null, null, null, null, null,
                null, false, null));
        int primeSeriesWithCountry = queries.count(new TitleFilter(null, List.of("prime_video"), Kind.SERIES, null,
                TitleFilter.Origin.EUROPE, null, null, null, null, false, null))
                + queries.count(new TitleFilter(null, List.of("prime_video"), Kind.SERIES, null,
                TitleFilter.Origin.OUTSIDE_EUROPE, null, null, null, null, false, null));
        assertThat(prime.titles()).isEqualTo(primeSeries - primeSeriesWithCountry).isGreaterThan(primeSeries / 2);
        assertThat(prime.noCountry()).isEqualTo(prime.titles());
        assertThat(prime.noDateAdded()).isZero();
        assertThat(prime.platformName()).isEqualTo("Prime Video");
    }

    @Test
    void aDateAddedRangeCountsTheTitlesWithNoDateAddedOnly() throws Exception {
        TitleFilter f = new TitleFilter(null, List.of("netflix"), null, null, null, 2000, null, LocalDate.of(2019, 1, 1), null,
                false, null);
        List<TitleBrowseQueries.Blanks> blanks = queries.blanks(f);
        assertThat(blanks).extracting(TitleBrowseQueries.Blanks::platformId).containsExactly("netflix");
        TitleBrowseQueries.Blanks b = blanks.get(0);
        assertThat(b.noDateAdded()).isPositive();
        assertThat(b.titles()).isGreaterThanOrEqualTo(b.noDateAdded()).isGreaterThanOrEqualTo(b.noYear());
        assertThat(queries.blanks(TitleFilter.ALL.withSearch("lupin"))).isEmpty();
    }

    @Test
    void lupinListsTheTitlesNamedSoBeforeIdaLupinosFilmsAndSaysWhereEachMatched() throws Exception {
        SearchText text = SearchText.parse("lupin");
        List<SearchText.Field> fields = queries.page(search("lupin"), TitleSort.DEFAULT, 0, 200).stream()
                .map(r -> text.matchedIn(r.title())).toList();
        assertThat(fields).contains(SearchText.Field.TITLE, SearchText.Field.DIRECTOR).doesNotContainNull();
        int lastTitle = fields.lastIndexOf(SearchText.Field.TITLE);
        assertThat(fields.subList(0, lastTitle + 1)).containsOnly(SearchText.Field.TITLE);
    }

    @Test
    void wordsSpreadOverTheTitleAndTheCastAreSaidFoundInTheCastWhereTheOrderListsThem() throws Exception {
        // "omar" is in the cast (Omar Ayuso), "s" only starts words of the title ("Short Stories")
        SearchText text = SearchText.parse("omar s");
        TitleBrowseQueries.Row row = queries.page(search("omar s"), TitleSort.DEFAULT, 0, 200).stream()
                .filter(r -> r.title().name().equals("Elite Short Stories: Nadia Guzmán")).findFirst().orElseThrow();
        assertThat(text.matchedIn(row.title())).isEqualTo(SearchText.Field.CAST);
    }

    @Test
    void directorAndCastPrefixesSearchThatFieldOnly() throws Exception {
        List<TitleBrowseQueries.Row> byDirector = queries.page(search("director: lupino"), TitleSort.DEFAULT, 0, 100);
        assertThat(byDirector).isNotEmpty().allSatisfy(r -> assertThat(r.title().director()).containsIgnoringCase("lupino"));
        assertThat(queries.count(search("director: lupin"))).isEqualTo(byDirector.size());
        assertThat(queries.count(search("director: lupin"))).isLessThan(queries.count(search("lupin")));
        assertThat(names(search("cast: omar sy"))).contains("Lupin");
        assertThat(queries.count(search("title: omar sy"))).isLessThan(queries.count(search("omar sy")));
        assertThat(SearchText.parse("cast: omar sy").matchedIn(byDirector.get(0).title())).isEqualTo(SearchText.Field.CAST);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            lupin,          '"lupin"*'
            director: lynch, '{director} : ("lynch"*)'
            Cast : omar sy, '{cast_list} : ("omar" "sy"*)'
            note: to self,  '"note" "to" "self"*'
            """)
    void readsAFieldPrefixAsAColumnFilter(String typed, String fts) {
        assertThat(TitleQueries.ftsQuery(typed)).isEqualTo(fts);
    }

    @Test
    void theTitleOrderIgnoresLeadingPunctuation() throws Exception {
        List<String> first = queries.page(TitleFilter.ALL, new TitleSort(TitleSort.Key.NAME, true), 0, 20).stream()
                .map(r -> r.title().name()).toList();
        assertThat(first).allSatisfy(n -> assertThat(n).matches("^[\\p{L}\\p{N}].*"));
        List<String> all = new ArrayList<>();
        queries.forEach(TitleFilter.ALL.withPlatforms(List.of("netflix")), new TitleSort(TitleSort.Key.NAME, true),
                r -> all.add(r.title().name()));
        assertThat(all.indexOf("#Alive")).isGreaterThan(all.indexOf("Aliens Stole My Body")).isLessThan(all.indexOf("Amar"));
    }
}
