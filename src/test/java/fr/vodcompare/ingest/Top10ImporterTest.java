package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.fixture.ChartFixture;
import fr.vodcompare.fixture.Top10Fixture;
import fr.vodcompare.model.Kind;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.Top10Queries;
import fr.vodcompare.store.Top10Queries.Entry;
import fr.vodcompare.store.Top10Repository.StoredFile;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Top10ImporterTest {
    @TempDir
    Path dir;
    Store store;
    Top10Importer importer;
    Top10Queries queries;

    @BeforeEach
    void open() throws Exception {
        store = ChartFixture.create(dir);
        importer = new Top10Importer(store);
        queries = new Top10Queries(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Top10Report importText(String name, String text, String country) throws Exception {
        return importer.run(Top10Fixture.write(dir, name, text), country, ImportProgress.NONE);
    }

    @Test
    void theCountriesFileFilteredOnFranceSaysHowManyRowsOfOtherCountriesAndOfTheOverseasDepartmentsWereSkipped()
            throws Exception {
        Top10Report r = importText("all-weeks-countries.tsv", Top10Fixture.countries(), "fr");
        assertThat(r.layout()).isEqualTo(Top10Layout.COUNTRIES);
        assertThat(r.country()).isEqualTo("FR");
        assertThat(r.rowsRead()).isEqualTo(15);
        assertThat(r.rowsKept()).isEqualTo(12);
        assertThat(r.skippedCountries()).containsExactly(Map.entry("GP", 2), Map.entry("DE", 1));
        assertThat(r.skippedOverseas()).containsExactly(Map.entry("GP", 2));
        assertThat(r.countryNames()).containsEntry("GP", "Guadeloupe");
        assertThat(r.listsAdded()).isEqualTo(3);
        assertThat(r.entriesAdded()).isEqualTo(12);
        // Amélie Again, Big Comedy, Unknown Film, Crime Time, Lupin, Eerie, Deutschland Docs
        assertThat(r.worksAdded()).isEqualTo(7);
        // not linked: Unknown Film (1 line) and Lupin (4 lines)
        assertThat(r.entriesLinked()).isEqualTo(12 - 1 - 4);
        assertThat(queries.countries()).extracting(Top10Queries.Country::code).containsExactly("FR");
    }

    @Test
    void aSeasonBelongsToItsWorkAndTheLinesKeepTheirSeason() throws Exception {
        importText("c.tsv", Top10Fixture.countries(), "FR");
        List<Entry> lupin = queries.entries("FR", null, null).stream().filter(e -> e.work().equals("Lupin")).toList();
        assertThat(lupin).extracting(Entry::season).containsExactly("Lupin: Part 2", "Lupin: Part 2", "Lupin: Part 1",
                "Lupin: Part 3");
        assertThat(lupin).extracting(Entry::workId).containsOnly(lupin.get(0).workId());
        assertThat(lupin).extracting(Entry::kind).containsOnly(Kind.SERIES);
        Entry film = queries.entries("FR", LocalDate.of(2021, 7, 4), LocalDate.of(2021, 7, 4)).get(0);
        assertThat(film.work()).isEqualTo("Amélie Again");
        assertThat(film.season()).as("N/A is no season").isNull();
        assertThat(film.weeksInTop10()).isEqualTo(1);
        assertThat(queries.linkedTitles("FR", null, null).get(film.workId())).singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("Amélie again"));
    }

    @Test
    void reimportingTheSameFileAddsNothingAndANewerVersionAddsOnlyItsNewWeek() throws Exception {
        importText("c.tsv", Top10Fixture.countries(), "FR");
        String before = TestStores.contentDigest(store);
        Top10Report again = importText("c.tsv", Top10Fixture.countries(), "FR");
        assertThat(again.listsAdded()).isZero();
        assertThat(again.entriesAdded()).isZero();
        assertThat(again.listsAlreadyStored()).isEqualTo(3);
        assertThat(TestStores.contentDigest(store)).isEqualTo(before);
        assertThat(store.top10().files()).hasSize(1);

        Top10Report newer = importText("c2.tsv", Top10Fixture.countriesNewer(), "FR");
        assertThat(newer.listsAdded()).isEqualTo(1);
        assertThat(newer.entriesAdded()).isEqualTo(2);
        assertThat(newer.listsAlreadyStored()).isEqualTo(3);
        assertThat(newer.worksAdded()).isZero();
        assertThat(queries.weeks("FR")).containsExactly(LocalDate.of(2021, 7, 4), LocalDate.of(2021, 7, 11),
                LocalDate.of(2021, 10, 3), LocalDate.of(2021, 10, 10));
    }

    @Test
    void withoutACountryEveryCountryIsKeptAndAFilteredImportThenAddsOnlyTheOthers() throws Exception {
        importText("c.tsv", Top10Fixture.countries(), "FR");
        Top10Report all = importText("c.tsv", Top10Fixture.countries(), null);
        assertThat(all.rowsKept()).isEqualTo(15);
        assertThat(all.skippedCountries()).isEmpty();
        assertThat(all.listsAdded()).as("GP and DE, one week each").isEqualTo(2);
        assertThat(all.entriesAdded()).isEqualTo(3);
        assertThat(queries.countries()).extracting(Top10Queries.Country::code, Top10Queries.Country::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FR", "France"),
                        org.assertj.core.groups.Tuple.tuple("DE", "Germany"),
                        org.assertj.core.groups.Tuple.tuple("GP", "Guadeloupe"));
    }

    @Test
    void theGlobalFileIgnoresUnknownColumnsAndKeepsHoursRuntimeAndViews() throws Exception {
        Top10Report r = importText("all-weeks-global.tsv", Top10Fixture.global(), null);
        assertThat(r.layout()).isEqualTo(Top10Layout.GLOBAL);
        assertThat(r.listsAdded()).isEqualTo(2);
        List<Entry> world = queries.entries("world", null, null);
        assertThat(world).hasSize(4);
        Entry lupin = world.stream().filter(e -> e.work().equals("Lupin")).findFirst().orElseThrow();
        assertThat(lupin.hoursViewed()).isEqualTo(70_000_000L);
        assertThat(lupin.runtime()).isEqualTo(5.25);
        assertThat(lupin.views()).isEqualTo(13_333_333L);
        Entry amelie = world.stream().filter(e -> e.work().startsWith("Am")).findFirst().orElseThrow();
        assertThat(amelie.runtime()).as("empty numbers are accepted").isNull();
        assertThat(amelie.views()).isNull();
        assertThat(amelie.category().label()).isEqualTo("Films (Non-English)");
    }

    @Test
    void anOlderGlobalLayoutWithoutRuntimeAndViewsIsRead() throws Exception {
        Top10Report r = importText("old-global.tsv", Top10Fixture.OLD_GLOBAL, "world");
        assertThat(r.layout()).isEqualTo(Top10Layout.GLOBAL);
        assertThat(r.entriesAdded()).isEqualTo(3);
        List<Entry> world = queries.entries("world", null, null);
        assertThat(world).extracting(Entry::runtime).containsOnlyNulls();
        assertThat(world).extracting(Entry::views).containsOnlyNulls();
        assertThat(world).extracting(Entry::weeksInTop10).containsOnlyNulls();
        assertThat(world).extracting(Entry::hoursViewed).containsExactly(11_000_000L, null, 30_000_000L);
        assertThat(world).extracting(Entry::season).containsExactly(null, "Crime Time: Season 1", null);
    }

    @Test
    void theGlobalFileWithACountryIsRefused() {
        assertThatThrownBy(() -> importText("g.tsv", Top10Fixture.global(), "FR")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(dir.resolve("g.tsv") + ":1: this is the global file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            France\tFR\t2021-07-04\tFilms\televen\tX\tN/A\t1   | weekly_rank 'eleven' is not a rank of a Top 10
            France\tFR\t2021-07-04\tMovies\t1\tX\tN/A\t1       | category 'Movies' is not a list of the countries file
            France\tFR\t04/07/2021\tFilms\t1\tX\tN/A\t1        | week '04/07/2021' is not a date
            France\tFR\t2021-07-04\tFilms\t1\t\tN/A\t1         | no show_title in this row
            France\tFR\t2021-07-04\tFilms\t1\tX\tN/A\tmany     | cumulative_weeks_in_top_10 'many' is not a whole number
            France\tFR\t2021-07-04\tFilms\t1\tX\tN/A\t1\textra\tmore | this row has 10 fields, expected 8
            """)
    void aBrokenRowRefusesTheWholeFileWithItsLineAndWritesNothing(String row, String problem) throws Exception {
        importText("first.tsv", Top10Fixture.countries(), "FR");
        String before = TestStores.contentDigest(store);
        // the broken row is in Germany's part of the file: it refuses the file even when only France is kept
        String text = Top10Fixture.countriesNewer() + row.strip().replace("France\tFR", "Germany\tDE") + "\n";
        int line = 1 + Top10Fixture.COUNTRIES.size() + Top10Fixture.COUNTRIES_NEWER_WEEK.size() + 1;
        assertThatThrownBy(() -> importText("broken.tsv", text, "FR")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(dir.resolve("broken.tsv") + ":" + line + ": " + problem);
        assertThat(TestStores.contentDigest(store)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotATop10FileIsRefusedOnItsHeader() {
        assertThatThrownBy(() -> importText("x.tsv", "a\tb\n1\t2\n", null)).isInstanceOf(ImportException.class)
                .hasMessageContaining(":1: not a Netflix Top 10 file: missing columns week, category, weekly_rank, show_title");
        assertThatThrownBy(() -> importText("e.tsv", "", null)).isInstanceOf(ImportException.class)
                .hasMessageContaining(":1: the file is empty");
    }

    @Test
    void aFileIsListedWithItsWeeksAndItsDeletionTakesItsLinesAndTheWorksNoListNames() throws Exception {
        importText("c.tsv", Top10Fixture.countries(), "FR");
        importText("c2.tsv", Top10Fixture.countriesNewer(), "FR");
        importText("g.tsv", Top10Fixture.global(), null);
        List<StoredFile> files = store.top10().files();
        assertThat(files).extracting(StoredFile::fileName).containsExactly("g.tsv", "c2.tsv", "c.tsv");
        StoredFile first = files.get(2);
        assertThat(first.weeks()).isEqualTo(3);
        assertThat(first.entries()).isEqualTo(12);
        assertThat(first.firstWeek()).isEqualTo(LocalDate.of(2021, 7, 4));
        assertThat(first.lastWeek()).isEqualTo(LocalDate.of(2021, 10, 3));
        assertThat(first.countryFilter()).isEqualTo("FR");
        store.top10().deleteFile(first.id());
        assertThat(queries.weeks("FR")).containsExactly(LocalDate.of(2021, 10, 10));
        assertThat(queries.entries("world", null, null)).hasSize(4);
        int works = store.database().read(c -> {
            try (var rs = c.prepareStatement("SELECT COUNT(*) FROM top10_work").executeQuery()) {
                return rs.getInt(1);
            }
        });
        // left: Big Comedy and Lupin (week of 10 October), Amélie again and Deutschland Docs (world)
        assertThat(works).isEqualTo(4);
    }
}
