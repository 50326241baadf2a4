package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.store.TitlePages.Cursor;
import fr.vodcompare.store.TitlePages.Page;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages read by key give exactly the rows an ORDER BY with LIMIT and OFFSET gives, for every sort both ways, with
 * ties (many titles share a year, a kind, a platform) and blanks (Prime Video has no date added, some titles no
 * year or rating), on the bundled catalogues (two platforms, one of them with an older snapshot).
 */
class TitlePagesTest {
    private static final int PAGE = 997;
    @TempDir
    static Path dir;
    static Store store;
    static TitlePages pages;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.bundledCopy(dir);
        pages = new TitlePages(store.database());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The order written as one ORDER BY, independently of the segments the pages walk. */
    private static String orderBy(TitleSort s) {
        String d = s.ascending() ? "" : " DESC";
        switch (s.key()) {
            case NAME: return "t.norm_name" + d + ", t.id" + d;
            case PLATFORM: return "p.name COLLATE NOCASE" + d + ", p.id" + d + ", t.norm_name, t.id";
            case KIND: return "t.kind" + d + ", t.norm_name, t.id";
            case DURATION: return "t.duration_minutes IS NULL, t.duration_minutes" + d + ", t.seasons IS NULL, t.seasons" + d + ", t.id" + d;
            case YEAR: return blanksLast("t.release_year", d);
            case ADDED: return blanksLast("t.date_added", d);
            case RATING: return blanksLast("t.rating", d);
            case COUNTRIES: return blanksLast("t.country_text", d);
            case GENRES: return blanksLast("t.genre_text", d);
            default: throw new IllegalArgumentException(s.toString());
        }
    }

    private static String blanksLast(String column, String d) {
        return column + " IS NULL, " + column + d + ", t.id" + d;
    }

    /** Every current title's id in {@code sort} order, by one query with OFFSET, a page at a time. */
    private static List<Long> byOffset(TitleSort sort) throws Exception {
        return store.database().read(c -> {
            List<Long> out = new ArrayList<>();
            for (int offset = 0; ; offset += PAGE) {
                int before = out.size();
                try (var ps = c.prepareStatement("SELECT t.id FROM title t JOIN platform p ON p.id = t.platform_id WHERE t.id IN ("
                        + Current.titleIds(null) + ") ORDER BY " + orderBy(sort) + " LIMIT ? OFFSET ?")) {
                    ps.setInt(1, PAGE);
                    ps.setInt(2, offset);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1));
                        }
                    }
                }
                if (out.size() - before < PAGE) {
                    return out;
                }
            }
        });
    }

    /** Every row by key: each page starts after the last key of the one before. */
    private static List<Long> byKey(TitleFilter f, TitleSort sort) throws Exception {
        List<Long> out = new ArrayList<>();
        Cursor after = null;
        while (true) {
            Page p = pages.after(f, sort, after, PAGE);
            p.rows().forEach(r -> out.add(r.title().id()));
            if (p.rows().size() < PAGE) {
                return out;
            }
            after = p.last();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TitleSort.Key.class, mode = EnumSource.Mode.EXCLUDE, names = "RELEVANCE")
    void pagesByKeyAreThePagesByOffsetInBothDirections(TitleSort.Key key) throws Exception {
        for (boolean up : new boolean[] {true, false}) {
            TitleSort sort = new TitleSort(key, up);
            List<Long> expected = byOffset(sort);
            assertThat(expected).hasSize(8807 + 9668);
            assertThat(byKey(TitleFilter.ALL, sort)).as(sort.toString()).isEqualTo(expected);
        }
    }

    @Test
    void aPageAnywhereIsTheRowsAfterTheLastKeyOfThePageBefore() throws Exception {
        TitleSort byYear = new TitleSort(TitleSort.Key.YEAR, false);
        List<Long> expected = byOffset(byYear);
        List<Cursor> ends = pages.pageEnds(TitleFilter.ALL, byYear, PAGE);
        assertThat(ends).hasSize(expected.size() / PAGE);
        for (int page : new int[] {1, ends.size() / 2, ends.size()}) {
            List<Long> ids = pages.after(TitleFilter.ALL, byYear, ends.get(page - 1), PAGE).rows().stream()
                    .map(r -> r.title().id()).toList();
            assertThat(ids).isEqualTo(expected.subList(page * PAGE, Math.min(expected.size(), (page + 1) * PAGE)));
        }
        assertThat(pages.pageEnds(TitleFilter.ALL, byYear, PAGE, () -> true)).isNull();
    }

    /**
     * A search in relevance order, read by key, walking titles in order or taking the full-text index's
     * candidates: every match once (as many as the count), titles named as typed first, then the other title
     * matches, then director and cast matches, each by title.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a", "the", "lupin", "omar s", "director: lupino", "cast: omar sy", "l'amour", "zzzq"})
    void aSearchByKeyListsEveryMatchOnceTitlesFirstEachByTitle(String typed) throws Exception {
        TitleFilter f = TitleFilter.ALL.withSearch(typed);
        List<Long> ids = byKey(f, TitleSort.DEFAULT);
        assertThat(ids).doesNotHaveDuplicates();
        // the full-text index's matches, each listed; beyond them only titles whose words the catalogue's
        // normalisation spells out (& as "and", œ as "oe", æ as "ae"), which the index keeps as they are
        Set<Long> current = new HashSet<>(byKey(TitleFilter.ALL, new TitleSort(TitleSort.Key.NAME, true)));
        List<Long> indexed = store.database().read(c -> {
            List<Long> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT rowid FROM title_fts WHERE title_fts MATCH ?")) {
                ps.setString(1, TitleQueries.ftsQuery(typed));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (current.contains(rs.getLong(1))) {
                            out.add(rs.getLong(1));
                        }
                    }
                }
            }
            return out;
        });
        assertThat(indexed).hasSize(new TitleBrowseQueries(store.database()).count(f));
        assertThat(ids).containsAll(indexed);
        Set<Long> extra = new HashSet<>(ids);
        indexed.forEach(extra::remove);
        assertThat(extra.size()).isLessThan(Math.max(1, ids.size() / 50));
        List<Long> offset = new ArrayList<>();
        new TitleBrowseQueries(store.database()).forEach(f, TitleSort.DEFAULT, r -> offset.add(r.title().id()));
        assertThat(offset).isEqualTo(ids);
        SearchText text = SearchText.parse(typed);
        List<TitlePages.Cursor> keys = new ArrayList<>();
        pages.pageEnds(f, TitleSort.DEFAULT, 1).forEach(keys::add);
        assertThat(keys).extracting(Cursor::id).isEqualTo(ids);
        for (int i = 1; i < keys.size(); i++) {
            Cursor a = keys.get(i - 1);
            Cursor b = keys.get(i);
            assertThat(a.segment()).isLessThanOrEqualTo(b.segment());
            if (a.segment() == b.segment()) {
                int c = ((String) a.value()).compareTo((String) b.value());
                assertThat(c < 0 || c == 0 && a.id() < b.id()).as(a + " before " + b).isTrue();
            }
        }
        if (text.field() == null && !ids.isEmpty()) {
            List<TitleBrowseQueries.Row> rows = pages.after(f, TitleSort.DEFAULT, null, ids.size()).rows();
            int lastTitle = -1;
            int firstOther = rows.size();
            SearchText.Words words = text.normalised();
            for (int i = 0; i < rows.size(); i++) {
                if (words.in(fr.vodcompare.model.Normalise.text(rows.get(i).title().name()))) {
                    lastTitle = i;
                } else {
                    firstOther = Math.min(firstOther, i);
                }
            }
            assertThat(lastTitle).isLessThan(firstOther);
        }
    }

    @Test
    void aFilterOnASmallPlatformReadsTheSameRowsAsWalkingEveryTitle() throws Exception {
        TitleFilter netflix = TitleFilter.ALL.withPlatforms(List.of("netflix"));
        List<Long> all = byKey(TitleFilter.ALL, new TitleSort(TitleSort.Key.NAME, true));
        Set<Long> theirs = new HashSet<>(byKey(netflix, new TitleSort(TitleSort.Key.NAME, true)));
        assertThat(theirs).hasSize(8807);
        assertThat(byKey(netflix, new TitleSort(TitleSort.Key.NAME, true))).isEqualTo(all.stream().filter(theirs::contains).toList());
        assertThat(byKey(netflix.withSearch("the"), TitleSort.DEFAULT)).hasSize(new TitleBrowseQueries(store.database())
                .count(netflix.withSearch("the")));
    }
}
