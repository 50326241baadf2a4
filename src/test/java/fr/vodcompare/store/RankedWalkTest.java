package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Kind;
import fr.vodcompare.store.TitlePages.Cursor;
import fr.vodcompare.store.TitlePages.Page;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search walked over the titles' ranks in memory gives the same keys, in the same order, page after page, as the
 * walk of the store, as the user types (every prefix), with and without a platform or kind filter, on the bundled
 * catalogues; and ranks read before a write are not used after it.
 */
class RankedWalkTest {
    @TempDir
    static Path dir;
    static Store store;
    static TitlePages ranked;
    static TitlePages stored;

    static final List<TitleFilter> FILTERS = List.of(TitleFilter.ALL, TitleFilter.ALL.withPlatforms(List.of("netflix")),
            new TitleFilter(null, List.of(), Kind.SERIES, null, null, null, null, null, null, false, null),
            new TitleFilter(null, List.of("prime_video", "netflix"), Kind.FILM, null, null, null, null, null, null, false, null),
            TitleFilter.ALL.withTerritory("FR"));

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.bundledCopy(dir);
        ranked = new TitlePages(store.database(), true);
        stored = new TitlePages(store.database(), false);
        assertThat(ranked.awaitSearch()).isTrue();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the lord", "omar sy", "martin scorsese", "l'amour fou", "di r", "tom and j", "zzzq x",
            "director: lupino", "cast: omar s", "titre: amelie", "a", "œ", "&", "and", "amelie", "fran", "ke", "mc", "ai", "zw",
            "éc", "th"})
    void everyKeystrokeGivesTheKeysOfTheStoresWalk(String typed) throws Exception {
        for (TitleFilter base : FILTERS) {
            for (int i = 1; i <= typed.length(); i++) {
                TitleFilter f = base.withSearch(typed.substring(0, i));
                if (!f.hasSearch()) {
                    continue;
                }
                assertThat(TitleRanks.current(store.database())).isNotNull();
                assertThat(ranked.pageEnds(f, TitleSort.DEFAULT, 1)).as(f.toString()).isEqualTo(stored.pageEnds(f, TitleSort.DEFAULT, 1));
            }
        }
    }

    @Test
    void pagesAfterAKeyAreTheStoresPages() throws Exception {
        for (String typed : List.of("a", "the", "mar", "s")) {
            for (TitleFilter base : FILTERS) {
                TitleFilter f = base.withSearch(typed);
                Cursor a = null;
                Cursor b = null;
                int pages = 0;
                do {
                    Page mine = ranked.after(f, TitleSort.DEFAULT, a, 150);
                    Page theirs = stored.after(f, TitleSort.DEFAULT, b, 150);
                    assertThat(ids(mine)).as(f + " page " + pages).isEqualTo(ids(theirs));
                    assertThat(mine.last()).isEqualTo(theirs.last());
                    a = mine.last();
                    b = theirs.last();
                    pages++;
                } while (a != null && pages < 40);
                assertThat(pages).isGreaterThan(1);
            }
        }
    }

    @Test
    void ranksReadBeforeAWriteAreNotUsedAfterIt() throws Exception {
        TitleRanks before = TitleRanks.await(store.database());
        assertThat(before).isNotNull();
        store.database().write(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("UPDATE title SET norm_name = 'aaaa first' WHERE id = (SELECT MAX(id) FROM title)");
            }
            return null;
        });
        assertThat(TitleRanks.current(store.database())).isNull();
        TitlePages.Page page = ranked.after(TitleFilter.ALL.withSearch("a"), TitleSort.DEFAULT, null, 50);
        assertThat(ids(page)).isEqualTo(ids(stored.after(TitleFilter.ALL.withSearch("a"), TitleSort.DEFAULT, null, 50)));
        TitleRanks after = TitleRanks.await(store.database());
        assertThat(after).isNotSameAs(before);
        long renamed = store.database().read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT MAX(id) FROM title")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(after.name(after.position(renamed))).isEqualTo("aaaa first");
        assertThat(ranked.pageEnds(TitleFilter.ALL.withSearch("aaaa"), TitleSort.DEFAULT, 1))
                .isEqualTo(stored.pageEnds(TitleFilter.ALL.withSearch("aaaa"), TitleSort.DEFAULT, 1)).isNotEmpty();
    }

    @Test
    void aTitleAnotherProgramWroteIsFoundAtOnce() throws Exception {
        assertThat(TitleRanks.await(store.database())).isNotNull();
        TitleFilter typed = TitleFilter.ALL.withSearch("zyzzyva");
        assertThat(ranked.after(typed, TitleSort.DEFAULT, null, 50).rows()).isEmpty();
        // another program with the same file open (a command run while the window is open) adds a title
        try (Store other = Store.open(store.database().file())) {
            other.database().write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO title(id, platform_id, ext_key, kind, name, norm_name) SELECT MAX(id) + 1, "
                            + "'netflix', 'zyzzyva-1', 'film', 'Aaaaa Zyzzyva', 'aaaaa zyzzyva' FROM title");
                    s.executeUpdate("INSERT INTO title_fts(rowid, name) SELECT MAX(id), 'Aaaaa Zyzzyva' FROM title");
                    // in Netflix's current catalogue, as its other titles
                    s.executeUpdate("INSERT INTO title_presence(title_id, platform_id, territory, first_seen, last_seen) "
                            + "SELECT (SELECT MAX(id) FROM title), platform_id, territory, first_seen, last_seen FROM title_presence "
                            + "WHERE platform_id = 'netflix' ORDER BY last_seen DESC LIMIT 1");
                }
                return null;
            });
        }
        assertThat(ids(ranked.after(typed, TitleSort.DEFAULT, null, 50))).hasSize(1)
                .isEqualTo(ids(stored.after(typed, TitleSort.DEFAULT, null, 50)));
        // a short prefix walks the titles' order (held in memory): the new title among the first
        TitleFilter prefix = TitleFilter.ALL.withSearch("aa");
        Page first = ranked.after(prefix, TitleSort.DEFAULT, null, 50);
        assertThat(ids(first)).isEqualTo(ids(stored.after(prefix, TitleSort.DEFAULT, null, 50)));
        assertThat(first.rows()).anySatisfy(r -> assertThat(r.title().name()).isEqualTo("Aaaaa Zyzzyva"));
    }

    private static List<Long> ids(Page p) {
        List<Long> out = new ArrayList<>();
        p.rows().forEach(r -> out.add(r.title().id()));
        return out;
    }
}
