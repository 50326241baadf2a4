package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.analysis.Overlap;
import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rematching one platform (after its import) gives what a full rematch gives; renamed titles get their key again. */
class WorkMatchingTest {
    @TempDir
    Path dir;

    private static List<String> pairs(Store store) throws Exception {
        return store.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT title_a, title_b, platform_a, platform_b, rule, confidence FROM work_match "
                    + "ORDER BY title_a, title_b"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + "-" + rs.getLong(2) + " " + rs.getString(3) + "/" + rs.getString(4) + " " + rs.getString(5)
                            + " " + rs.getDouble(6));
                }
            }
            return out;
        });
    }

    @Test
    void oneImportedPlatformRematchedGivesWhatAFullRematchGives() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            // a third platform with two titles that both others carry: "21" (2008), and "A Night at the Roxbury" (1998)
            // without its article and a year off
            Path f = TestStores.write(dir, "third.csv", CatalogueHistoryTest.HEADER
                    + "x1,Movie,21,Robert Luketic,,,,2008,,,,\n"
                    + "x2,Movie,Night at the Roxbury,,,,,1999,,,,\n");
            new CatalogueImporter(store).run(new CatalogueImport(f, "third", "Third", LocalDate.parse("2021-10-01"), null,
                    CsvOptions.DEFAULT, false, false, null), ImportProgress.NONE);
            List<String> afterImport = pairs(store);
            WorkMatching.rematch(store);
            assertThat(pairs(store)).isEqualTo(afterImport);
            // the third platform's pairs: each of its two titles with Netflix's and with Prime Video's
            assertThat(afterImport).filteredOn(p -> p.contains("/third ") || p.contains(" third/")).hasSize(4)
                    .allSatisfy(p -> assertThat(p).containsAnyOf("title_year 1.0", "title_year_1 0.9"));
            Overlap.PairOverlap np = Overlap.of(store, null, List.of("netflix", "prime_video")).get(0);
            assertThat(np.shared()).isEqualTo(297);
        }
    }

    @Test
    void aPlatformLargerThanAllTheOthersIsRematchedFromTheOthersSideWithTheSamePairs() throws Exception {
        try (Store store = Store.open(dir.resolve("big.db"))) {
            Path small = TestStores.write(dir, "small.csv", CatalogueHistoryTest.HEADER
                    + "x1,Movie,Dick Johnson Is Dead,,,,,2020,,,,\n"
                    + "x2,TV Show,Blood and Water,,,,,2021,,,,\n"
                    + "x3,Movie,No Such Film Anywhere,,,,,2020,,,,\n");
            new CatalogueImporter(store).run(new CatalogueImport(small, "small", "Small", LocalDate.parse("2021-10-01"), null,
                    CsvOptions.DEFAULT, false, false, null), ImportProgress.NONE);
            // Netflix's 8,807 titles outnumber the one other platform's three: its candidates are read from the other side
            new CatalogueImporter(store).run(new CatalogueImport(CatalogueReaderTest.NETFLIX, "netflix", "Netflix", null, null,
                    CsvOptions.DEFAULT, false, false, null), ImportProgress.NONE);
            List<String> afterImport = pairs(store);
            assertThat(afterImport).hasSize(2).allSatisfy(p -> assertThat(p).contains("netflix/small title_year 1.0"));
            WorkMatching.rematch(store);
            assertThat(pairs(store)).isEqualTo(afterImport);
        }
    }

    @Test
    void aRenamedTitleIsMatchedByItsNewName() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            Overlap.PairOverlap before = Overlap.of(store, null, List.of()).get(0);
            Overlap.SharedTitle t = before.titles().stream().filter(x -> x.title().equals("21")).findFirst().orElseThrow();
            store.database().write(c -> {
                try (var ps = c.prepareStatement("UPDATE title SET name = 'Twenty-One' WHERE id = ?")) {
                    ps.setLong(1, t.idA());
                    ps.executeUpdate();
                }
                return null;
            });
            WorkMatching.rematch(store, "netflix");
            Overlap.PairOverlap after = Overlap.of(store, null, List.of()).get(0);
            assertThat(after.shared()).isEqualTo(before.shared() - 1);
            assertThat(after.titles()).noneSatisfy(x -> assertThat(x.idA()).isEqualTo(t.idA()));
        }
    }

    /**
     * Matching key by key gives the pairs that matching all of a pair of platforms' candidates at once gives: on the bundled
     * catalogues and a third platform whose film and series share a name with each other and with titles of both others
     * (the rules compare a film with a series of its key by year alone), with a confirmed and a split pair.
     */
    @Test
    void matchingKeyByKeyGivesThePairsOfMatchingEveryCandidateAtOnce() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            Path f = TestStores.write(dir, "third.csv", CatalogueHistoryTest.HEADER
                    + "x1,Movie,21,Robert Luketic,,,,2008,,,,\n"
                    + "x2,TV Show,21,,,,,2008,,,,\n"
                    + "x3,Movie,Night at the Roxbury,,,,,1999,,,,\n"
                    + "x4,TV Show,Blood and Water,,,,,2021,,,,\n"
                    + "x5,TV Show,Blood and Water,,,,,2020,,,,\n");
            new CatalogueImporter(store).run(new CatalogueImport(f, "third", "Third", LocalDate.parse("2021-10-01"), null,
                    CsvOptions.DEFAULT, false, false, null), ImportProgress.NONE);
            Overlap.PairOverlap np = Overlap.of(store, null, List.of("netflix", "prime_video")).get(0);
            Overlap.SharedTitle confirm = np.titles().get(0);
            Overlap.SharedTitle split = np.titles().get(1);
            store.works().choose(confirm.idA(), confirm.idB(), true);
            store.works().choose(split.idA(), split.idB(), false);
            WorkMatching.rematch(store);

            // every candidate of a pair of platforms matched at once, as matching did before it went key by key
            java.util.Map<String, List<fr.vodcompare.store.WorkRepository.Candidate>> all = new java.util.TreeMap<>();
            store.works().candidates(null, sameKey -> sameKey.forEach(c -> all.computeIfAbsent(c.x().platformId() + "/"
                    + c.y().platformId(), k -> new ArrayList<>()).add(c)));
            java.util.Map<String, List<fr.vodcompare.store.WorkRepository.Candidate>> confirmed = new java.util.HashMap<>();
            store.works().confirmedCandidates(null).forEach(c -> confirmed.computeIfAbsent(c.x().platformId() + "/"
                    + c.y().platformId(), k -> new ArrayList<>()).add(c));
            java.util.Set<String> splits = new java.util.HashSet<>();
            store.works().choices().stream().filter(c -> !c.confirm()).forEach(c -> splits.add(c.platformA() + "\u0000" + c.keyA()
                    + "\u0000" + c.platformB() + "\u0000" + c.keyB()));
            List<String> atOnce = new ArrayList<>();
            for (var e : all.entrySet()) {
                List<fr.vodcompare.store.WorkRepository.Pair> out = new ArrayList<>();
                java.util.Set<Long> taken = WorkMatching.confirmed(confirmed.getOrDefault(e.getKey(), List.of()), out);
                out.addAll(WorkMatching.match(e.getValue(), taken, splits));
                out.forEach(p -> atOnce.add(p.titleA() + "-" + p.titleB() + " " + p.platformA() + "/" + p.platformB() + " " + p.rule()
                        + " " + p.confidence()));
            }
            java.util.Collections.sort(atOnce);
            List<String> stored = pairs(store).stream().sorted().toList();
            assertThat(stored).isEqualTo(atOnce);
            assertThat(stored).anySatisfy(p -> assertThat(p).contains("confirmed"));
            assertThat(stored).noneSatisfy(p -> assertThat(p).startsWith(split.idA() + "-" + split.idB() + " "));
            assertThat(stored).filteredOn(p -> p.contains("third")).hasSizeGreaterThanOrEqualTo(4);
        }
    }
}
