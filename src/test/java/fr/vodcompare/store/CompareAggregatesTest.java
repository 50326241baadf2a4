package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.analysis.CatalogueChanges;
import fr.vodcompare.analysis.SnapshotDiff;
import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.ingest.WorkMatching;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.testing.TestStores;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregates of schema 11 give what the direct computations give: the kept overlap counts ({@code overlap_count}) the
 * counts of the matched pairs, and the kept catalogue steps ({@code snapshot_step}) the comparison of the two snapshots'
 * titles ({@link SnapshotDiff}); both stay right after every kind of write: an import (a new platform, a newer, an older
 * snapshot), a replaced snapshot, a deleted snapshot, a rematch with the user's word, a deleted platform.
 */
class CompareAggregatesTest {
    private static final String HEADER = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n";
    private static final ImportProgress QUIET = new ImportProgress() { };

    @TempDir
    Path dir;

    @Test
    void theBundledStoresKeptOverlapIsTheCountOfItsPairs() throws Exception {
        try (Store s = TestStores.bundledCopy(dir)) {
            List<WorkRepository.PairCounts> kept = assertOverlapMatches(s);
            assertThat(kept).singleElement().isEqualTo(new WorkRepository.PairCounts("netflix", "prime_video", 297, 2, 298, 299));
        }
    }

    @Test
    void everyWriteLeavesTheOverlapAndTheCatalogueStepsRight() throws Exception {
        try (Store s = Store.open(v9Store())) {
            assertAllMatch(s);
            assertThat(s.works().currentPairCounts(null)).singleElement()
                    .isEqualTo(new WorkRepository.PairCounts("filmo", "mubi", 1, 0, 1, 1));

            // a platform's first catalogue, sharing Amélie and La Haine (the latter only with a snapshot that is not current)
            load(s, "newco", "2024-02-01", "FR", false, "n1,Movie,Amélie,Jean-Pierre Jeunet,,France,2024-01-01,2001,R,122 min,Comedies,\n"
                    + "n2,Movie,La Haine,Mathieu Kassovitz,,France,2024-01-01,1995,R,98 min,Dramas,\n");
            assertAllMatch(s);
            assertThat(s.works().currentPairCounts(null)).hasSize(3);

            // a newer FR snapshot of MUBI: a new step, and what is current changes (Amélie gone, La Haine back)
            String march = "m2,Movie,La Haine,Mathieu Kassovitz,Vincent Cassel,\"France, Belgium\",2020-03-01,1995,R,98 min,"
                    + "\"Dramas, Independent Movies\",\nm9,Movie,Cléo de 5 à 7,Agnès Varda,,France,2024-02-01,1962,NR,90 min,Dramas,\n";
            load(s, "mubi", "2024-03-01", "FR", false, march);
            assertAllMatch(s);
            List<WorkRepository.PairCounts> withMarch = s.works().currentPairCounts(null);

            // that snapshot deleted (no rematch follows): January's is current again, with Amélie
            s.catalogue().deleteSnapshot(s.catalogue().find("mubi", LocalDate.parse("2024-03-01"), "FR").orElseThrow().id());
            assertAllMatch(s);
            assertThat(s.works().currentPairCounts(null)).isNotEqualTo(withMarch);
            load(s, "mubi", "2024-03-01", "FR", false, march);

            // that snapshot replaced by another
            load(s, "mubi", "2024-03-01", "FR", true, "m1,Movie,Amélie,Jean-Pierre Jeunet,Audrey Tautou,France,2020-01-01,2001,R,122 min,"
                    + "\"Comedies, Romantic Movies, Dramas\",\nm9,Movie,Cléo de 5 à 7,Agnès Varda,,France,2024-02-01,1962,NR,95 min,Dramas,\n");
            assertAllMatch(s);

            // an older snapshot: a step before the others
            load(s, "mubi", "2022-06-01", "FR", false, "m1,Movie,Amélie,Jean-Pierre Jeunet,,France,2020-01-01,2001,R,122 min,Dramas,\n");
            assertAllMatch(s);

            // a snapshot in the middle deleted: its two steps become one
            s.catalogue().deleteSnapshot(s.catalogue().find("mubi", LocalDate.parse("2023-06-01"), "FR").orElseThrow().id());
            assertAllMatch(s);

            // the user's word, taken at the next rematch
            WorkRepository.PairCounts before = s.works().currentPairCounts(null).get(0);
            var amelie = s.works().currentPairs(null, before.platformA(), before.platformB()).get(0);
            s.works().choose(amelie.titleA(), amelie.titleB(), false);
            WorkMatching.rematch(s);
            assertAllMatch(s);
            int after = s.works().currentPairCounts(null).stream().filter(p -> p.platformA().equals(before.platformA())
                    && p.platformB().equals(before.platformB())).mapToInt(WorkRepository.PairCounts::shared).sum(); // no row: none
            assertThat(after).isEqualTo(before.shared() - 1);

            // a platform deleted
            s.platforms().delete("filmo");
            assertAllMatch(s);
            assertThat(s.works().currentPairCounts(null)).extracting(WorkRepository.PairCounts::platformA).doesNotContain("filmo");
        }
    }

    @Test
    void aStepCountedFromWhatAWriteThenChangedIsNotKept() throws Exception {
        try (Store s = Store.open(v9Store())) {
            Snapshot jan = s.catalogue().find("mubi", LocalDate.parse("2023-01-01"), "FR").orElseThrow();
            Snapshot jun = s.catalogue().find("mubi", LocalDate.parse("2023-06-01"), "FR").orElseThrow();
            SnapshotSteps.Step step = new SnapshotSteps.Step(jan.id(), jun.id());
            SnapshotSteps.Counts counts = counts(SnapshotDiff.between(s.history(), jan, jun));
            long generation = s.steps().generation("mubi");
            load(s, "mubi", "2024-03-01", "FR", false, "m1,Movie,Amélie,Jean-Pierre Jeunet,,France,2020-01-01,2001,R,122 min,Dramas,\n");
            assertThat(s.steps().keep("mubi", generation, step, counts).join()).isFalse();
            assertThat(s.steps().kept("mubi")).isEmpty();
            assertThat(s.steps().keep("mubi", s.steps().generation("mubi"), step, counts).join()).isTrue();
            assertThat(s.steps().kept("mubi")).containsExactly(Map.entry(step, counts));
        }
    }

    @Test
    void theOverlapListReadsTheKeptPairsUntilTheMatchesOrTitlesAreWrittenAgain() throws Exception {
        try (Store s = Store.open(v9Store())) {
            List<WorkRepository.CurrentPair> first = s.works().currentPairs(null, "filmo", "mubi");
            assertThat(first).singleElement().extracting(WorkRepository.CurrentPair::nameB).isEqualTo("Amélie");
            // a kept row altered by hand shows: the list read it, not the titles
            rows(s, "UPDATE overlap_pair SET name_b = 'Altered'");
            assertThat(s.works().currentPairs(null, "filmo", "mubi")).singleElement().extracting(WorkRepository.CurrentPair::nameB)
                    .isEqualTo("Altered");
            // a territory chosen: read from the matches
            assertThat(s.works().currentPairs("FR", "filmo", "mubi")).isEqualTo(first);
            // an import of MUBI makes them again
            load(s, "mubi", "2024-03-01", "US", false, "m1,Movie,Amélie,Jean-Pierre Jeunet,,France,2020-01-01,2001,R,122 min,Dramas,\n");
            assertThat(s.works().currentPairs(null, "filmo", "mubi")).isEqualTo(s.database().read(c -> OverlapPairs.counted(c, null,
                    "filmo", "mubi"))).extracting(WorkRepository.CurrentPair::nameB).doesNotContain("Altered");
        }
    }

    @Test
    void theChartReadsTheKeptStepsUntilTheCatalogueIsWrittenAgain() throws Exception {
        try (Store s = Store.open(v9Store())) {
            CatalogueChanges changes = new CatalogueChanges(s.history(), s.steps());
            List<CatalogueChanges.Step> first = changes.steps("mubi", "FR");
            SnapshotSteps.awaitKept();
            assertThat(s.steps().kept("mubi")).hasSize(2);
            // a kept row altered by hand shows: the chart read it, not the titles
            rows(s, "UPDATE snapshot_step SET added = added + 1000");
            assertThat(changes.steps("mubi", "FR")).extracting(CatalogueChanges.Step::added)
                    .containsExactlyElementsOf(first.stream().map(x -> x.added() + 1000).toList());
            // a write to the platform forgets them: counted again from the titles
            load(s, "mubi", "2024-03-01", "US", false, "m1,Movie,Amélie,Jean-Pierre Jeunet,,France,2020-01-01,2001,R,122 min,Dramas,\n");
            assertThat(s.steps().kept("mubi")).isEmpty();
            assertThat(changes.steps("mubi", "FR")).isEqualTo(first);
        }
    }

    /** A copy of the committed schema-9 store (see MigrationV11Test). */
    private Path v9Store() throws Exception {
        Path file = dir.resolve("v9.db");
        try (InputStream in = CompareAggregatesTest.class.getResourceAsStream("v9-store.db")) {
            Files.copy(in, file);
        }
        return file;
    }

    private void load(Store s, String platform, String date, String territory, boolean replace, String rows) throws Exception {
        Path csv = TestStores.write(dir, platform + "-" + territory + "-" + date + "-" + replace + ".csv", HEADER + rows);
        new CatalogueImporter(s).run(new CatalogueImport(csv, platform, platform, LocalDate.parse(date), territory, CsvOptions.DEFAULT,
                false, replace, null), QUIET);
    }

    /** The overlap counts and every platform's catalogue steps, each checked against its direct computation. */
    static void assertAllMatch(Store s) throws Exception {
        assertOverlapMatches(s);
        for (var p : s.platforms().all()) {
            assertStepsMatch(s, p.id());
        }
    }

    /** The kept overlap counts are the counts of the pairs; returns them. */
    static List<WorkRepository.PairCounts> assertOverlapMatches(Store s) throws Exception {
        List<WorkRepository.PairCounts> kept = s.works().currentPairCounts(null);
        assertThat(kept).as("kept overlap counts").isEqualTo(s.database().read(c -> OverlapCounts.counted(c, null)));
        // the kept pairs (schema 12), every pair's and each pair's own, are the pairs read from the matches, in order
        assertThat(s.works().currentPairs(null)).as("kept overlap pairs")
                .isEqualTo(s.database().read(c -> OverlapPairs.counted(c, null, null, null)));
        for (WorkRepository.PairCounts p : kept) {
            assertThat(s.works().currentPairs(null, p.platformA(), p.platformB())).as("kept pairs of " + p.platformA() + " " + p.platformB())
                    .isEqualTo(s.database().read(c -> OverlapPairs.counted(c, null, p.platformA(), p.platformB())))
                    .hasSize(p.shared() + p.ambiguous());
        }
        return kept;
    }

    /**
     * The catalogue steps of a platform in each of its territories, counted from the titles then read back from what was
     * kept, are the counts of the comparison of each two consecutive snapshots; every step is kept, none else.
     */
    static void assertStepsMatch(Store s, String platformId) throws Exception {
        CatalogueChanges changes = new CatalogueChanges(s.history(), s.steps());
        List<Snapshot> all = s.history().snapshots(platformId);
        List<SnapshotSteps.Step> expectedSteps = new ArrayList<>();
        for (String territory : new TreeSet<>(all.stream().map(Snapshot::territory).toList())) {
            List<Snapshot> here = all.stream().filter(x -> x.territory().equals(territory)).toList();
            List<String> direct = new ArrayList<>();
            for (int i = 1; i < here.size(); i++) {
                direct.add(describe(counts(SnapshotDiff.between(s.history(), here.get(i - 1), here.get(i)))));
                expectedSteps.add(new SnapshotSteps.Step(here.get(i - 1).id(), here.get(i).id()));
            }
            for (int round = 0; round < 2; round++) { // counted, then read from what was kept
                assertThat(changes.steps(platformId, territory)).as(platformId + " " + territory + " round " + round)
                        .extracting(x -> describe(new SnapshotSteps.Counts(x.added(), x.noLongerListed(), x.changed(), x.unchanged(),
                                x.ambiguous()))).containsExactlyElementsOf(direct);
                SnapshotSteps.awaitKept();
            }
        }
        assertThat(s.steps().kept(platformId).keySet()).as(platformId + " kept steps").containsExactlyInAnyOrderElementsOf(expectedSteps);
    }

    private static SnapshotSteps.Counts counts(SnapshotDiff d) {
        return new SnapshotSteps.Counts(d.added().size(), d.removed().size(), d.changed().size(), d.unchanged(), d.ambiguous().size());
    }

    private static String describe(SnapshotSteps.Counts n) {
        return n.added() + " added, " + n.noLongerListed() + " gone, " + n.changed() + " changed, " + n.unchanged() + " unchanged, "
                + n.ambiguous() + " ambiguous";
    }

    private static void rows(Store s, String sql) throws Exception {
        s.database().write(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate(sql);
            }
        });
    }
}
