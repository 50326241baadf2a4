package fr.vodcompare.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitlePages;
import fr.vodcompare.store.TitleSort;
import fr.vodcompare.testing.BundledStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The table's pages read by key: once the list's length is known, a page near the end is read backwards from the end
 * (End on a long list) and the pages around it from the keys met, without walking the whole list; a page nearer the
 * start than the end, or any page of a search in relevance order, after one walk of the keys. Every page holds the rows
 * a forward read gives.
 */
class KeyedPagesTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    private static final int PAGE = 200;

    private static TitleBrowseQueries browse() {
        return new TitleBrowseQueries(BUNDLED.store().database());
    }

    private static List<Long> all(TitleFilter f, TitleSort s) throws Exception {
        List<Long> out = new ArrayList<>();
        browse().forEach(f, s, r -> out.add(r.title().id()));
        return out;
    }

    private static KeyedPages pages(TitleFilter f, TitleSort s) throws Exception {
        TitlePages p = browse().pages();
        return new KeyedPages(p, browse().pagesFromEnd(), f, s, PAGE, p.after(f, s, null, PAGE));
    }

    private static List<Long> ids(List<Row> rows) {
        return rows.stream().map(r -> r.title().id()).toList();
    }

    @Test
    void theLastPagesAreReadFromTheEndWithoutWalkingTheList() throws Exception {
        TitleSort sort = new TitleSort(TitleSort.Key.YEAR, false);
        List<Long> expected = all(TitleFilter.ALL, sort);
        int n = expected.size();
        KeyedPages pages = pages(TitleFilter.ALL, sort);
        pages.exactSize(n);
        int last = (n - 1) / PAGE;
        assertThat(ids(pages.load(last * PAGE, PAGE))).isEqualTo(expected.subList(last * PAGE, n));
        assertThat(ids(pages.load((last - 1) * PAGE, PAGE))).isEqualTo(expected.subList((last - 1) * PAGE, last * PAGE));
        // a page in the second half, far from any key known: walked backwards from the end
        int far = last * 3 / 4;
        assertThat(ids(pages.load(far * PAGE, PAGE))).isEqualTo(expected.subList(far * PAGE, (far + 1) * PAGE));
        // and the pages between, from the keys the walk met, either way
        assertThat(ids(pages.load((far + 5) * PAGE, PAGE))).isEqualTo(expected.subList((far + 5) * PAGE, (far + 6) * PAGE));
        assertThat(pages.walkedAll()).isFalse();
        // a page in the first half: one walk of the keys from the start
        assertThat(ids(pages.load(10 * PAGE, PAGE))).isEqualTo(expected.subList(10 * PAGE, 11 * PAGE));
        assertThat(pages.walkedAll()).isTrue();
    }

    @Test
    void withoutTheLengthOrInRelevanceOrderAPageFarDownIsFoundByWalkingTheKeys() throws Exception {
        TitleSort sort = new TitleSort(TitleSort.Key.NAME, true);
        List<Long> expected = all(TitleFilter.ALL, sort);
        KeyedPages unknown = pages(TitleFilter.ALL, sort);
        int last = (expected.size() - 1) / PAGE;
        assertThat(ids(unknown.load(last * PAGE, PAGE))).isEqualTo(expected.subList(last * PAGE, expected.size()));
        assertThat(unknown.walkedAll()).isTrue();

        TitleFilter the = TitleFilter.ALL.withSearch("the");
        List<Long> matches = all(the, TitleSort.DEFAULT);
        KeyedPages search = pages(the, TitleSort.DEFAULT);
        search.exactSize(matches.size());
        int end = (matches.size() - 1) / PAGE;
        assertThat(ids(search.load(end * PAGE, PAGE))).isEqualTo(matches.subList(end * PAGE, matches.size()));
        assertThat(search.walkedAll()).isTrue();
    }

    @Test
    void aPageNoLongerWantedIsGivenUpAndAStaleResultReadsNothing() throws Exception {
        TitleSort sort = new TitleSort(TitleSort.Key.NAME, true);
        List<Long> expected = all(TitleFilter.ALL, sort);
        KeyedPages pages = pages(TitleFilter.ALL, sort);
        pages.exactSize(expected.size());
        int far = (expected.size() - 1) / PAGE * 3 / 4;
        assertThat(pages.load(far * PAGE, PAGE, () -> false)).isNull();
        assertThat(pages.load(10 * PAGE, PAGE, () -> false)).isNull();
        assertThat(pages.walkedAll()).isFalse();
        assertThat(ids(pages.load(far * PAGE, PAGE, () -> true))).isEqualTo(expected.subList(far * PAGE, (far + 1) * PAGE));
        pages.stale();
        assertThat(pages.load(10 * PAGE, PAGE)).isEmpty();
    }
}
