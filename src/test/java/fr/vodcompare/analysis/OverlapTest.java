package fr.vodcompare.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.model.Kind;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.WorkRepository.CurrentPair;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverlapTest {
    @TempDir
    Path dir;

    /**
     * The figures of one pair from its stored pairs, computed by hand: A has {@code titlesA} titles, B
     * {@code titlesB}; pairs "a-b:rule" (ids), "ambiguous" marking a candidate pair.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | A  | B  | pairs                                   | shared | only_a | only_b | jaccard | ambiguous
            nothing shared                         | 4  | 3  |                                         | 0      | 4      | 3      | 0       | 0
            two shared of 4 and 3: 2 / (4+3-2)     | 4  | 3  | 1-11:title_year,2-12:title_series       | 2      | 2      | 1      | 0.4     | 0
            one A title with two candidates        | 4  | 3  | 1-11:title_year,2-12:ambiguous,2-13:ambiguous | 1 | 2      | 0      | 0.1667  | 2
            every title shared                     | 2  | 2  | 1-11:title_year,2-12:confirmed          | 2      | 0      | 0      | 1       | 0
            two A titles wanting one B title       | 5  | 2  | 1-11:ambiguous,2-11:ambiguous           | 0      | 3      | 1      | 0       | 2
            """)
    void pairFiguresFromTheStoredPairs(String name, int titlesA, int titlesB, String pairs, int shared, int onlyA, int onlyB,
                                       double jaccard, int ambiguous) {
        List<CurrentPair> list = new ArrayList<>();
        if (pairs != null) {
            for (String p : pairs.split(",")) {
                String[] ids = p.split(":")[0].split("-");
                String rule = p.split(":")[1];
                list.add(new CurrentPair("a", "b", Long.parseLong(ids[0]), Long.parseLong(ids[1]), "T" + ids[0], "T" + ids[1],
                        Kind.FILM, 2000, 2000, rule, rule.equals("ambiguous") ? 0 : 1));
            }
        }
        Overlap.PairOverlap o = Overlap.pair("a", "b", titlesA, titlesB, list);
        assertThat(o.shared()).isEqualTo(shared);
        assertThat(o.onlyA()).isEqualTo(onlyA);
        assertThat(o.onlyB()).isEqualTo(onlyB);
        assertThat(o.jaccard()).isCloseTo(jaccard, within(0.0001));
        assertThat(o.ambiguous()).isEqualTo(ambiguous);
        assertThat(o.titles()).hasSize(shared);
    }

    /**
     * The bundled current catalogues: Netflix 2021-09-25 (8,807 titles) and Prime Video 2021-10-10
     * (9,668). Recounted independently by {@code scripts/overlap_recount.py}, which reads the two Kaggle
     * files directly (no store, no Java) and applies the rules as issue #8 states them: 297 works shared
     * (206 on title, kind and year; 65 a year apart, films mostly, dated by their release on each
     * platform; 13 series with a person in common; 13 series as the only candidate), and one Netflix title,
     * "The Squid and the Whale" (2005), ambiguous: Prime Video lists it twice ("… and the Whale", "… And
     * The Whale"), 2 candidate pairs. So only Netflix = 8,807 − 297 − 1 = 8,509, only Prime Video
     * = 9,668 − 297 − 2 = 9,369, Jaccard = 297 / (8,807 + 9,668 − 297) = 0.0163.
     */
    @Test
    void theBundledCataloguesShare297Works() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            Overlap.PairOverlap o = Overlap.of(store, null, List.of()).get(0);
            assertThat(o.a() + " " + o.b()).isEqualTo("netflix prime_video");
            assertThat(List.of(o.titlesA(), o.titlesB(), o.shared(), o.onlyA(), o.onlyB(), o.ambiguous()))
                    .containsExactly(8807, 9668, 297, 8509, 9369, 2);
            assertThat(o.jaccard()).isCloseTo(297.0 / (8807 + 9668 - 297), within(1e-9));
            Map<String, Integer> byRule = new TreeMap<>();
            o.titles().forEach(t -> byRule.merge(t.rule(), 1, Integer::sum));
            assertThat(byRule).isEqualTo(Map.of("title_year", 206, "title_year_1", 65, "title_series_people", 13, "title_series", 13));
            assertThat(o.ambiguousPairs()).extracting(Overlap.SharedTitle::titleB)
                    .containsExactlyInAnyOrder("The Squid and the Whale", "The Squid And The Whale");
            assertThat(o.titles()).anySatisfy(t -> assertThat(t.title() + " " + t.year() + " " + t.rule()).isEqualTo("21 2008 title_year"));
            assertCountsAreTheFigures(store);
        }
    }

    /** The chart's counts, made in the store without reading a title, are the figures of the pairs read whole. */
    private static void assertCountsAreTheFigures(Store store) throws Exception {
        List<Overlap.PairOverlap> whole = Overlap.of(store, null, List.of());
        assertThat(Overlap.counts(store, null, List.of())).extracting(OverlapTest::figures)
                .containsExactlyElementsOf(whole.stream().map(OverlapTest::figures).toList());
    }

    private static String figures(Overlap.PairOverlap o) {
        return String.join(" ", o.a(), o.b(), String.valueOf(o.titlesA()), String.valueOf(o.titlesB()), String.valueOf(o.shared()),
                String.valueOf(o.onlyA()), String.valueOf(o.onlyB()), String.valueOf(o.ambiguous()), String.valueOf(o.jaccard()));
    }

    /** A confirmed and a split pair hold through rematch and rebuild (kept by platform and file key). */
    @Test
    void confirmedAndSplitPairsSurviveRematchAndRebuild() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            Overlap.PairOverlap before = Overlap.of(store, null, List.of()).get(0);
            Overlap.SharedTitle squid = before.ambiguousPairs().get(0);
            Overlap.SharedTitle film21 = before.titles().stream().filter(t -> t.title().equals("21")).findFirst().orElseThrow();
            store.works().choose(squid.idA(), squid.idB(), true);
            store.works().choose(film21.idB(), film21.idA(), false);
            fr.vodcompare.ingest.WorkMatching.rematch(store);
            assertOneConfirmedOneSplit(store, squid, film21);
            StoreSetup.rebuild(store);
            assertOneConfirmedOneSplit(store, squid, film21);
        }
    }

    private static void assertOneConfirmedOneSplit(Store store, Overlap.SharedTitle squid, Overlap.SharedTitle film21) throws Exception {
        Overlap.PairOverlap o = Overlap.of(store, null, List.of()).get(0);
        // 297 − "21" (split) + the squid (confirmed); its other candidate is no longer ambiguous
        assertThat(o.shared()).isEqualTo(297);
        assertThat(o.ambiguous()).isZero();
        assertThat(o.titles()).noneSatisfy(t -> assertThat(t.title()).isEqualTo("21"));
        assertThat(o.titles()).filteredOn(t -> t.rule().equals("confirmed")).singleElement()
                .satisfies(t -> assertThat(t.titleB()).isEqualTo(squid.titleB()));
        assertThat(o.onlyA()).isEqualTo(8807 - 297);
        assertCountsAreTheFigures(store);
    }
}
