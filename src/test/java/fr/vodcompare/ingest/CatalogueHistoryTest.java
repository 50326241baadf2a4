package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.analysis.SnapshotDiff;
import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleQueries;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots as history: never overwritten, never silently replaced, diffs with known answers. */
class CatalogueHistoryTest {
    static final String HEADER = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n";

    @TempDir
    Path dir;
    Store store;
    int files;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("s.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportReport load(String rows, String platform, String asOf, String territory, boolean replace) throws Exception {
        Path f = TestStores.write(dir, "f" + (files++) + ".csv", HEADER + rows);
        return new CatalogueImporter(store).run(new CatalogueImport(f, platform, null, asOf == null ? null : LocalDate.parse(asOf),
                territory, CsvOptions.DEFAULT, false, replace, null), ImportProgress.NONE);
    }

    private ImportReport load(String rows, String asOf) throws Exception {
        return load(rows, "acme", asOf, null, false);
    }

    private int count(String sql) throws Exception {
        return store.database().read(c -> {
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    private Snapshot snapshot(String asOf) throws Exception {
        return store.history().snapshots("acme").stream().filter(s -> s.asOf().toString().equals(asOf)).findFirst().orElseThrow();
    }

    private SnapshotDiff diff(String from, String to) throws Exception {
        return SnapshotDiff.between(store.history(), snapshot(from), snapshot(to));
    }

    private static List<String> titles(List<SnapshotDiff.Entry> entries) {
        return entries.stream().map(SnapshotDiff.Entry::title).toList();
    }

    @Test
    void aSmallerFileForTheSameDateNeverReplacesASnapshotSilently() throws Exception {
        load("a1,Movie,One,,,,,2001,,,,\na2,Movie,Two,,,,,2002,,,,\na3,Movie,Three,,,,,2003,,,,\n", "2021-09-25");
        assertThatThrownBy(() -> load("a1,Movie,One,,,,,2001,,,,\n", "2021-09-25"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("a snapshot of acme as of 2021-09-25 (territory not stated) is already stored, with 3 titles");
        assertThat(store.titles().platformCounts()).singleElement().satisfies(p -> assertThat(p.titles()).isEqualTo(3));
        ImportReport r = load("a1,Movie,One,,,,,2001,,,,\n", "acme", "2021-09-25", null, true);
        assertThat(r.snapshot().replacedTitles()).isEqualTo(3);
        assertThat(r.snapshot().titles()).isEqualTo(1);
        assertThat(r.snapshot().noLongerListed()).isEqualTo(2);
        assertThat(store.titles().platformCounts()).singleElement().satisfies(p -> assertThat(p.titles()).isEqualTo(1));
    }

    @Test
    void aBundledSnapshotIsReplacedOnlyByRebuild() throws Exception {
        try (Store bundled = TestStores.bundledCopy(java.nio.file.Files.createDirectories(dir.resolve("b")))) {
            Path f = TestStores.write(dir, "n.csv", HEADER + "s1,TV Show,Dick Johnson Is Dead,,,,\"September 25, 2021\",2020,,,,\n");
            String before = TestStores.contentDigest(bundled);
            assertThatThrownBy(() -> new CatalogueImporter(bundled).run(new CatalogueImport(f, "netflix", null, null, null,
                    CsvOptions.DEFAULT, false, true, null), ImportProgress.NONE))
                    .isInstanceOf(ImportException.class).hasMessageContaining("with 8,807 titles").hasMessageContaining("rebuild");
            assertThat(TestStores.contentDigest(bundled)).isEqualTo(before);
            assertThat(bundled.titles().platformCounts()).filteredOn(p -> p.platformId().equals("netflix")).singleElement()
                    .satisfies(p -> assertThat(p.titles()).isEqualTo(8807));
        }
    }

    @Test
    void aFileWithNoDataRowsIsRefusedAtItsFirstLine() throws Exception {
        assertThatThrownBy(() -> load("", "2021-01-01")).isInstanceOf(ImportException.class)
                .hasMessageEndingWith(":1: no data rows; expected one row per title after the header");
        assertThat(count("SELECT COUNT(*) FROM snapshot")).isZero();
    }

    @Test
    void anOlderSnapshotImportedAfterANewerOneNeverOverwritesWhatTheNewerSays() throws Exception {
        load("a1,Movie,New Name,,,,,2001,,,,\n", "2022-01-01");
        load("a1,Movie,Old Name,,,,,2001,,,,\n", "2020-01-01");
        assertThat(store.titles().search("name", null, 5)).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("New Name"));
        assertThat(store.history().titles(snapshot("2020-01-01"))).singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("Old Name"));
        assertThat(diff("2020-01-01", "2022-01-01").changed()).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly("title"));
    }

    @Test
    void currentIsPerTerritoryAndAFrenchSnapshotHidesNoOtherTerritory() throws Exception {
        load("a1,Movie,One,,,,,2001,,,,\na2,Movie,Two,,,,,2002,,,,\n", "acme", "2021-06-01", null, false);
        ImportReport fr = load("f1,Movie,Un,,,,,2001,,,,\n", "acme", "2021-01-01", "fr", false);
        assertThat(fr.snapshot().territory()).isEqualTo("FR");
        assertThat(fr.snapshot().territoryAssumed()).isFalse();
        // the French snapshot is older: the platform's newest snapshot (not stated) stays current by default
        assertThat(store.titles().platformCounts()).singleElement().satisfies(p -> {
            assertThat(p.titles()).isEqualTo(2);
            assertThat(p.territory()).isEqualTo(Snapshot.UNSTATED);
        });
        assertThat(store.titles().platformCounts("FR")).singleElement().satisfies(p -> {
            assertThat(p.titles()).isEqualTo(1);
            assertThat(p.asOf()).isEqualTo(LocalDate.of(2021, 1, 1));
        });
        // an import that names no territory takes the platform's newest snapshot's, and says so
        ImportReport next = load("a1,Movie,One,,,,,2001,,,,\n", "2021-07-01");
        assertThat(next.snapshot().territory()).isEqualTo(Snapshot.UNSTATED);
        assertThat(next.snapshot().territoryAssumed()).isTrue();
    }

    @Test
    void aFutureDateInTheFileIsAWarningAndNeverTheSnapshotDate() throws Exception {
        ImportReport r = load("a1,Movie,One,,,,\"January 1, 2999\",2001,,,,\na2,Movie,Two,,,,2021-03-04,2002,,,,\n", null);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.message()).contains("'January 1, 2999' is in the future");
        });
    }

    @Test
    void historyGrowsWithChangesNotWithSnapshots() throws Exception {
        String rows = "a1,Movie,One,,,,,2001,,,,\na2,Movie,Two,,,,,2002,,,,\na3,Movie,Three,,,,,2003,,,,\n";
        for (String d : List.of("2021-01-01", "2021-02-01", "2021-03-01", "2021-04-01", "2021-05-01")) {
            load(rows, d);
        }
        assertThat(count("SELECT COUNT(*) FROM title_presence")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM (" + fr.vodcompare.store.ImpliedVersions.ALL + ")")).isEqualTo(3);
        assertThat(store.catalogue().snapshots()).extracting(Snapshot::titleCount).containsOnly(3);
    }

    @Test
    void aSnapshotImportedBetweenTwoOthersSplitsAndMergesRuns() throws Exception {
        load("a1,Movie,One,,,,,2001,,,,\na2,Movie,Two,,,,,2002,,,,\n", "2021-01-01");
        load("a1,Movie,One,,,,,2001,,,,\na2,Movie,Two,,,,,2002,,,,\n", "2021-03-01");
        load("a1,Movie,One,,,,,2001,,,,\na3,Movie,Three,,,,,2003,,,,\n", "2021-02-01"); // a2 missing in the middle
        assertThat(titles(diff("2021-01-01", "2021-02-01").removed())).containsExactly("Two");
        assertThat(titles(diff("2021-02-01", "2021-03-01").added())).containsExactly("Two");
        assertThat(titles(diff("2021-02-01", "2021-03-01").removed())).containsExactly("Three");
        assertThat(count("SELECT COUNT(*) FROM title_presence")).isEqualTo(4); // a1 once, a2 twice, a3 once
        // deleting the middle snapshot brings the runs back together
        store.catalogue().deleteSnapshot(snapshot("2021-02-01").id());
        assertThat(count("SELECT COUNT(*) FROM title_presence")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM title WHERE name = 'Three'")).isZero();
    }

    @Test
    void deletingTheSnapshotThatHeldAVersionHandsItToTheNextOne() throws Exception {
        load("a1,Movie,One,Ann,,,,2001,,,,\n", "2021-01-01");
        load("a1,Movie,One,Ann,,,,2001,,,,\n", "2021-02-01"); // says nothing new: no version of its own
        store.catalogue().deleteSnapshot(snapshot("2021-01-01").id());
        assertThat(store.history().titles(snapshot("2021-02-01"))).singleElement()
                .satisfies(t -> assertThat(t.director()).isEqualTo("Ann"));
        assertThat(count("SELECT COUNT(*) FROM (" + fr.vodcompare.store.ImpliedVersions.ALL + ")")).isEqualTo(1);
    }

    @Test
    void diffWithIdsKept() throws Exception {
        load("a1,Movie,Kept,,,,,2001,PG,,,\na2,Movie,Gone,,,,,2002,,,,\na3,TV Show,Series,,,,,2019,,1 Season,,\n", "2020-01-01");
        load("a1,Movie,Kept,,,,,2001,R,,,\na3,TV Show,Series,,,,,2021,,3 Seasons,,\na4,Movie,New,,,,,2020,,,,\n", "2021-01-01");
        SnapshotDiff d = diff("2020-01-01", "2021-01-01");
        assertThat(titles(d.added())).containsExactly("New");
        assertThat(titles(d.removed())).containsExactly("Gone");
        assertThat(d.changed()).extracting(c -> c.title().title() + " " + c.fields())
                .containsExactly("Kept [rating]", "Series [release_year, duration]");
        assertThat(d.matchedBy()).containsEntry(MatchRule.ID, 2);
        assertThat(d.unchanged()).isZero();
    }

    @Test
    void diffWithIdsChangedMatchesOnTitleKindAndYear() throws Exception {
        load("81,Movie,Roma,,,,,2018,,,,\n82,TV Show,Dark,,,,,2017,,,,\n83,Movie,Kingdom,,,,,2019,,,,\n"
                + "84,Movie,Amélie,,,,,2001,,,,\n85,TV Show,Charmed,,,,,2005,,,,\n86,TV Show,Charmed,,,,,2018,,,,\n", "2019-11-30");
        load("s1,Movie,Roma,,,,,2019,,,,\ns2,TV Show,Dark,,,,,2020,,,,\ns3,TV Show,Kingdom,,,,,2019,,,,\n"
                + "s4,Movie,AMELIE,,,,,2001,,,,\ns5,TV Show,Charmed,,,,,2021,,,,\n", "2021-09-25");
        SnapshotDiff d = diff("2019-11-30", "2021-09-25");
        // Roma's year moved by one, Dark is a series whose year moved with its seasons, Amélie only changed its spelling
        assertThat(d.matchedBy()).containsEntry(MatchRule.TITLE_YEAR_1, 1).containsEntry(MatchRule.TITLE_SERIES, 1)
                .containsEntry(MatchRule.TITLE_YEAR, 1).doesNotContainKey(MatchRule.ID);
        // a film and a series that share a name are two works
        assertThat(titles(d.added())).containsExactly("Kingdom");
        assertThat(titles(d.removed())).containsExactly("Kingdom");
        // two series called Charmed before, one after: never merged, listed, counted as neither added nor removed
        assertThat(d.ambiguous()).singleElement().satisfies(a -> {
            assertThat(a.title().year()).isEqualTo(2021);
            assertThat(a.candidates()).extracting(SnapshotDiff.Entry::year).containsExactly(2005, 2018);
        });
        assertThat(d.counts()).containsEntry("added", 1).containsEntry("removed", 1).containsEntry("ambiguous", 1);
    }

    /**
     * The bundled Netflix snapshots: 5,837 titles on 2019-11-30, 8,807 on 2021-09-25, with different ids
     * (Netflix's numbers, then s1…), so they match on title, kind and year. An independent recount of
     * the two files with the same rules (normalised title + kind; exact year, then ±1, then any year for
     * series; a title with two candidates, or a candidate wanted twice, is ambiguous) gives: 5,726 titles
     * in both (5,490 same year, 113 a year apart, 123 series whose year moved), 18 rows of the 2021 file
     * ambiguous against 17 titles of 2019, so 8,807 − 5,726 − 18 = 3,063 added and
     * 5,837 − 5,726 − 17 = 94 no longer listed.
     */
    @Test
    void theBundledNetflixHistoryFrom2019To2021() throws Exception {
        try (Store bundled = TestStores.bundledCopy(java.nio.file.Files.createDirectories(dir.resolve("b")))) {
            List<Snapshot> s = bundled.history().snapshots("netflix");
            assertThat(s).extracting(x -> x.asOf().toString() + " " + x.titleCount()).containsExactly("2019-11-30 5837", "2021-09-25 8807");
            SnapshotDiff d = SnapshotDiff.between(bundled.history(), s.get(0), s.get(1));
            assertThat(d.counts()).containsEntry("added", 3063).containsEntry("removed", 94).containsEntry("ambiguous", 18);
            assertThat(d.changed().size() + d.unchanged()).isEqualTo(5726);
            assertThat(d.matchedBy()).containsEntry(MatchRule.TITLE_YEAR, 5490).containsEntry(MatchRule.TITLE_YEAR_1, 113)
                    .containsEntry(MatchRule.TITLE_SERIES, 123);
            // every match keeps its rule on the version it wrote (the ids differ between the two files, so each wrote one)
            int byRule = bundled.database().read(c -> {
                try (var rs = c.prepareStatement("SELECT COUNT(*) FROM title_version WHERE match_rule LIKE 'title%'").executeQuery()) {
                    return rs.getInt(1);
                }
            });
            assertThat(byRule).isEqualTo(5726);
            // the current catalogue is the newest snapshot
            assertThat(bundled.titles().platformCounts()).filteredOn(p -> p.platformId().equals("netflix")).singleElement()
                    .satisfies(p -> assertThat(p.titles()).isEqualTo(8807));
            // a title only the 2019 file lists is found by its snapshot, not in the current catalogue
            assertThat(titles(d.removed())).contains("Always Be My Maybe");
            List<TitleQueries.PlatformCount> counts = bundled.titles().platformCounts();
            assertThat(counts).extracting(TitleQueries.PlatformCount::titles).containsExactly(8807, 9668);
        }
    }
}
