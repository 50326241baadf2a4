package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.store.TitlePages.Cursor;
import fr.vodcompare.store.TitlePagesFromEnd.Slice;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The list read backwards from its end gives exactly the rows the forward walk gives, in the same order, for every
 * sort both ways (ties, blanks, several segments), with a filter and with a search in a column order; a slice
 * anywhere, and the rows before any key.
 */
class TitlePagesFromEndTest {
    private static final int PAGE = 997;
    @TempDir
    static Path dir;
    static Store store;
    static TitlePages pages;
    static TitlePagesFromEnd fromEnd;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.bundledCopy(dir);
        pages = new TitlePages(store.database());
        fromEnd = new TitlePagesFromEnd(store.database());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Every key walking forwards. */
    private static List<Cursor> forwards(TitleFilter f, TitleSort sort) throws Exception {
        return pages.pageEnds(f, sort, 1);
    }

    /** Every row, read backwards a page at a time, each page the rows before the first key of the page after it. */
    private static List<Long> backwards(TitleFilter f, TitleSort sort) throws Exception {
        List<Long> out = new ArrayList<>();
        Cursor before = null;
        while (true) {
            Slice s = fromEnd.before(f, sort, before, PAGE);
            out.addAll(0, s.rows().stream().map(r -> r.title().id()).toList());
            if (s.rows().size() < PAGE) {
                return out;
            }
            before = s.first();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TitleSort.Key.class, mode = EnumSource.Mode.EXCLUDE, names = "RELEVANCE")
    void readingBackwardsGivesTheRowsOfTheForwardWalkInBothDirections(TitleSort.Key key) throws Exception {
        for (boolean up : new boolean[] {true, false}) {
            TitleSort sort = new TitleSort(key, up);
            List<Long> expected = forwards(TitleFilter.ALL, sort).stream().map(Cursor::id).toList();
            assertThat(expected).hasSize(8807 + 9668);
            assertThat(backwards(TitleFilter.ALL, sort)).as(sort.toString()).isEqualTo(expected);
        }
    }

    @Test
    void aFilterOrASearchInAColumnOrderReadsBackwardsTheSameRows() throws Exception {
        for (TitleFilter f : List.of(TitleFilter.ALL.withPlatforms(List.of("netflix")), TitleFilter.ALL.withSearch("the"),
                TitleFilter.ALL.withSearch("zzzq"))) {
            for (TitleSort sort : List.of(new TitleSort(TitleSort.Key.NAME, true), new TitleSort(TitleSort.Key.YEAR, false))) {
                assertThat(backwards(f, sort)).as(f + " " + sort)
                        .isEqualTo(forwards(f, sort).stream().map(Cursor::id).toList());
            }
        }
    }

    @Test
    void aSliceCountedFromTheEndTellsEveryKeyWalkedOver() throws Exception {
        TitleSort byYear = new TitleSort(TitleSort.Key.YEAR, true);
        List<Cursor> all = forwards(TitleFilter.ALL, byYear);
        int n = all.size();
        Map<Integer, Cursor> passed = new HashMap<>();
        Slice s = fromEnd.fromEnd(TitleFilter.ALL, byYear, 5000, 300, (at, key) -> {
            passed.put(at, key);
            return true;
        });
        assertThat(s.rows()).extracting(r -> r.title().id()).isEqualTo(all.subList(n - 5300, n - 5000).stream().map(Cursor::id).toList());
        assertThat(s.first()).isEqualTo(all.get(n - 5300));
        assertThat(s.last()).isEqualTo(all.get(n - 5001));
        assertThat(s.skipped()).isEqualTo(5000);
        assertThat(passed).hasSize(5300);
        assertThat(passed.get(0)).isEqualTo(all.get(n - 1));
        assertThat(passed.get(4321)).isEqualTo(all.get(n - 1 - 4321));
        // the last rows: fewer than asked when the list ends
        Slice last = fromEnd.fromEnd(TitleFilter.ALL, byYear, n - 10, 100, (at, key) -> true);
        assertThat(last.rows()).extracting(r -> r.title().id()).isEqualTo(all.subList(0, 10).stream().map(Cursor::id).toList());
        // stopped: no rows
        assertThat(fromEnd.fromEnd(TitleFilter.ALL, byYear, 5000, 300, (at, key) -> at < 100).rows()).isEmpty();
    }

    @Test
    void aSearchInRelevanceOrderIsWalkedForwardsOnly() {
        assertThat(TitlePagesFromEnd.reversible(TitleFilter.ALL, TitleSort.DEFAULT)).isTrue();
        assertThat(TitlePagesFromEnd.reversible(TitleFilter.ALL.withSearch("lupin"), new TitleSort(TitleSort.Key.NAME, true))).isTrue();
        assertThat(TitlePagesFromEnd.reversible(TitleFilter.ALL.withSearch("lupin"), TitleSort.DEFAULT)).isFalse();
        assertThatThrownBy(() -> fromEnd.before(TitleFilter.ALL.withSearch("lupin"), TitleSort.DEFAULT, null, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
