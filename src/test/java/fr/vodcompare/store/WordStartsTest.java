package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists a search walks instead of every title hold every title the search can find: on the bundled catalogues,
 * each title is in the list of each of its words (whole, and as a prefix of three letters or more); and the counts of
 * kept titles between positions are the titles counted one by one.
 */
class WordStartsTest {
    @TempDir
    Path dir;

    @Test
    void everyTitleIsInTheListOfEachOfItsWords() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            TitleRanks r = TitleRanks.await(store.database());
            WordStarts ws = r.words();
            int checked = 0;
            for (int p = 0; p < r.size(); p++) {
                for (String word : r.name(p).split(" ")) {
                    byte[] whole = word.getBytes(StandardCharsets.UTF_8);
                    assertThat(in(ws, ws.shortest(new byte[][] {whole, "x".getBytes(StandardCharsets.UTF_8)}), p))
                            .as("%s in %s", word, r.name(p)).isTrue();
                    if (whole.length >= 3) {
                        byte[] prefix = java.util.Arrays.copyOf(whole, 3);
                        assertThat(in(ws, ws.shortest(new byte[][] {prefix}), p)).as("%s in %s", word, r.name(p)).isTrue();
                    }
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(30_000);
            assertThat(ws.shortest(new byte[][] {"ab".getBytes(StandardCharsets.UTF_8)})).isEqualTo(-1);
        }
    }

    @Test
    void keptCountsAreTheTitlesKeptCountedOneByOne() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            TitleRanks r = TitleRanks.await(store.database());
            boolean[] netflix = r.platformsKept(java.util.List.of("netflix"));
            KeptCounts kept = r.keptCounts(netflix, fr.vodcompare.model.Kind.SERIES);
            assertThat(r.keptCounts(null, null)).isNull();
            for (int[] range : new int[][] {{0, r.size()}, {0, 1}, {63, 64}, {64, 200}, {5, 4_321}, {r.size() - 70, r.size()}}) {
                int n = 0;
                for (int p = range[0]; p < range[1]; p++) {
                    n += r.kept(p, netflix, fr.vodcompare.model.Kind.SERIES) ? 1 : 0;
                }
                assertThat(kept.between(range[0], range[1])).as("%d to %d", range[0], range[1]).isEqualTo(n);
            }
            assertThat(kept.between(0, r.size())).isPositive().isLessThan(r.size());
        }
    }

    @Test
    void theListsOfATwoLetterStartHoldEveryTitleWithAWordStartingSo() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            TitleRanks r = TitleRanks.await(store.database());
            WordStarts ws = r.words();
            java.util.Map<String, java.util.BitSet> lists = new java.util.HashMap<>();
            int checked = 0;
            int from = r.size() / 3; // positions before it are not asked for
            for (int p = 0; p < r.size(); p++) {
                for (String word : r.name(p).split(" ")) {
                    byte[] b = word.getBytes(StandardCharsets.UTF_8);
                    if (b.length < 2) {
                        continue;
                    }
                    String two = new String(b, 0, 2, StandardCharsets.ISO_8859_1); // the two bytes, whatever they are
                    java.util.BitSet list = lists.computeIfAbsent(two,
                            k -> ws.startingWith(k.getBytes(StandardCharsets.ISO_8859_1), from, r.size(), r.size()));
                    assertThat(list).as(two).isNotNull();
                    assertThat(list.get(p)).as("%s in %s", word, r.name(p)).isEqualTo(p >= from);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(30_000);
            assertThat(lists.size()).isGreaterThan(300);
            // lists holding more than asked for are not read: the caller walks every title instead
            byte[] the = "th".getBytes(StandardCharsets.UTF_8);
            assertThat(ws.startingWith(the, 0, r.size(), 100)).isNull();
            assertThat(ws.startingWith(the, 0, r.size(), r.size()).cardinality()).isGreaterThan(100);
        }
    }

    private static boolean in(WordStarts ws, int list, int p) {
        int i = ws.from(list, p);
        return i < ws.end(list) && ws.at(i) == p;
    }
}
