package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers of the last full-text queries held for the next keystrokes: the index's answer, each caller's own copy,
 * the last few only, and never one read before a write (another program's too).
 */
class RecentMatchesTest {
    @TempDir
    Path dir;

    @Test
    void aHeldAnswerIsTheIndexsAndEachCallerGetsItsOwnCopy() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            RecentMatches m = new RecentMatches();
            int[] asked = store.database().read(c -> m.ids(c, "omar"));
            assertThat(asked).isNotEmpty().containsExactly(index(store, "omar"));
            assertThat(m.holds("omar")).isTrue();
            asked[0] = -1;
            int[] again = store.database().read(c -> m.ids(c, "omar"));
            assertThat(again).containsExactly(index(store, "omar"));
            int[] none = store.database().read(c -> m.ids(c, "zzqqxx"));
            assertThat(none).isEmpty();
            for (String q : List.of("the", "love", "man", "girl")) {
                store.database().read(c -> m.ids(c, q));
            }
            assertThat(m.holds("omar")).isFalse(); // the last RecentMatches.HELD only
            assertThat(m.holds("girl")).isTrue();
        }
    }

    @Test
    void anAnswerHeldBeforeAnotherProgramWritesIsNotUsedAfter() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            TitlePages ranked = new TitlePages(store.database(), true);
            assertThat(ranked.awaitSearch()).isTrue();
            TitleFilter typed = TitleFilter.ALL.withSearch("director: zyzzyvb");
            assertThat(ranked.after(typed, TitleSort.DEFAULT, null, 50).rows()).isEmpty();
            String fts = TitleOrder.candidates(TitleOrder.Match.DIRECTOR, SearchText.parse(typed.search()));
            assertThat(TitleRanks.current(store.database()).matches().holds(fts)).as(fts).isTrue(); // empty, held
            try (Store other = Store.open(store.database().file())) {
                other.database().write(c -> {
                    try (var s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO title(id, platform_id, ext_key, kind, name, norm_name, director) SELECT MAX(id) + 1, "
                                + "'netflix', 'zyzzyvb-1', 'film', 'Aaaaa', 'aaaaa', 'Zyzzyvb Person' FROM title");
                        s.executeUpdate("INSERT INTO title_fts(rowid, name, director) SELECT MAX(id), 'Aaaaa', 'Zyzzyvb Person' FROM title");
                        s.executeUpdate("INSERT INTO title_presence(title_id, platform_id, territory, first_seen, last_seen) "
                                + "SELECT (SELECT MAX(id) FROM title), platform_id, territory, first_seen, last_seen FROM title_presence "
                                + "WHERE platform_id = 'netflix' ORDER BY last_seen DESC LIMIT 1");
                    }
                    return null;
                });
            }
            // searched over the ranks read since the write (with their own answers): the new director is found
            assertThat(TitleRanks.await(store.database()).matches().holds(fts)).isFalse();
            assertThat(ranked.after(typed, TitleSort.DEFAULT, null, 50).rows())
                    .singleElement().satisfies(r -> assertThat(r.title().director()).isEqualTo("Zyzzyvb Person"));
        }
    }

    private static int[] index(Store store, String fts) throws Exception {
        return store.database().read(c -> {
            List<Integer> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT rowid FROM title_fts WHERE title_fts MATCH ? ORDER BY rowid")) {
                ps.setString(1, fts);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getInt(1));
                    }
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        });
    }
}
