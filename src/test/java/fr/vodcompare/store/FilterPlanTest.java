package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vodcompare.model.Kind;
import fr.vodcompare.store.FilterPlan.Estimate;
import fr.vodcompare.store.FilterPlan.Listed;
import fr.vodcompare.store.FilterPlan.Way;
import fr.vodcompare.store.TitleFilter.Origin;
import fr.vodcompare.store.TitlePages.Cursor;
import fr.vodcompare.testing.TestStores;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A filter few titles pass is read from its own index ({@link FilterPlan}): the same rows in the same order, page by
 * page forwards and backwards, whichever way they are read, for every order both ways, on the bundled catalogues
 * (genres of 14 titles and of thousands, a kind with none, an older snapshot); the way is chosen by the catalogues'
 * sizes, and the rare genre's page no longer tests every title walked by a lookup of its genre.
 */
class FilterPlanTest {
    private static final int PAGE = 97;
    @TempDir
    static Path dir;
    static Store store;
    static Database db;
    static long rare;
    static long common;
    static Map<String, TitleFilter> filters = new LinkedHashMap<>();

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.bundledCopy(dir);
        db = store.database();
        rare = genre("Talk Show and Variety");
        common = genre("Drama");
        long older = db.read(c -> {
            try (var ps = c.prepareStatement("SELECT id FROM snapshot WHERE platform_id = 'netflix' ORDER BY as_of LIMIT 1");
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        filters.put("rare genre", filter(null, rare, null, null, null));
        filters.put("common genre", filter(null, common, null, null, null));
        filters.put("series", filter(Kind.SERIES, null, null, null, null));
        filters.put("kind none has", filter(Kind.OTHER, null, null, null, null));
        filters.put("France", filter(null, null, Origin.FRANCE, null, null));
        filters.put("Europe, films", filter(Kind.FILM, null, Origin.EUROPE, null, null));
        filters.put("released 1940-1965", filter(null, null, null, 1940, 1965));
        filters.put("Prime Video, rare genre", filter(null, rare, null, null, null).withPlatforms(List.of("prime_video")));
        filters.put("Netflix, a genre it has none of", filter(null, common, null, null, null).withPlatforms(List.of("netflix")));
        filters.put("Prime Video, series, Drama, 2000-2021",
                filter(Kind.SERIES, common, null, 2000, 2021).withPlatforms(List.of("prime_video")));
        filters.put("older Netflix snapshot, outside Europe", filter(null, null, Origin.OUTSIDE_EUROPE, null, null)
                .withTerritory(null).withSnapshot(older));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static long genre(String name) throws Exception {
        return new TitleBrowseQueries(db).genres().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static TitleFilter filter(Kind kind, Long genre, Origin origin, Integer from, Integer to) {
        return new TitleFilter(null, List.of(), kind, genre, origin, from, to, null, null, false, null, "unstated");
    }

    /** The order written as one ORDER BY, independently of the segments the pages walk (as in TitlePagesTest). */
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

    /** The filter's titles in order by one query: its conditions as a title is tested walking, sorted by SQLite. */
    private static List<Long> expected(TitleFilter f, TitleSort sort) throws Exception {
        return db.read(c -> {
            TitleWhere w = TitleWhere.of(c, f);
            List<Long> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT t.id FROM title t JOIN platform p ON p.id = t.platform_id WHERE 1 = 1"
                    + w.and() + " ORDER BY " + orderBy(sort))) {
                w.bind(ps, 1);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** Up to {@code n} keys after {@code after} (null: from the first), read as {@code plan} says. */
    private static List<Cursor> forwards(TitleFilter f, TitleSort sort, FilterPlan plan, Cursor after, int n) throws Exception {
        List<Cursor> out = new ArrayList<>();
        db.read(c -> {
            TitlePages.scan(c, null, f, sort, after, k -> {
                out.add(k);
                return out.size() < n;
            }, plan);
            return null;
        });
        return out;
    }

    /** Up to {@code n} keys just before {@code before} (null: the last ones), in list order, read as {@code plan} says. */
    private static List<Cursor> backwards(TitleFilter f, TitleSort sort, FilterPlan plan, Cursor before, int n) throws Exception {
        List<Cursor> out = new ArrayList<>();
        db.read(c -> {
            TitlePagesFromEnd.scanBack(c, f, sort, before, k -> {
                out.add(k);
                return out.size() < n;
            }, plan);
            return null;
        });
        Collections.reverse(out);
        return out;
    }

    /** Every way to read {@code f}: walking, and listing then walking or sorting by each condition that can list. */
    private static List<FilterPlan> ways(TitleFilter f) {
        List<FilterPlan> out = new ArrayList<>(List.of(FilterPlan.WALK));
        List<Listed> by = new ArrayList<>();
        if (!f.platformIds().isEmpty()) {
            by.add(Listed.PLATFORMS);
        }
        if (f.snapshotId() != null) {
            by.add(Listed.SNAPSHOT);
        }
        if (f.kind() != null) {
            by.add(Listed.KIND);
        }
        if (f.genreId() != null) {
            by.add(Listed.GENRE);
        }
        if (f.origin() == Origin.FRANCE || f.origin() == Origin.EUROPE) {
            by.add(Listed.ORIGIN);
        }
        if (f.yearFrom() != null || f.yearTo() != null) {
            by.add(Listed.YEARS);
        }
        for (Listed l : by) {
            out.add(new FilterPlan(Way.LISTED, l));
            out.add(new FilterPlan(Way.DRIVEN, l));
        }
        return out;
    }

    private static List<Long> ids(List<Cursor> keys) {
        return keys.stream().map(Cursor::id).toList();
    }

    /** The filters a genre decides are read in every order, both ways; the others in a few (each index, and none). */
    private static List<TitleSort> orders(String filter) {
        List<TitleSort> out = new ArrayList<>();
        for (TitleSort.Key key : TitleSort.Key.values()) {
            for (boolean up : new boolean[] {true, false}) {
                out.add(new TitleSort(key, up));
            }
        }
        if (filter.contains("genre")) {
            return out.stream().filter(s -> s.key() != TitleSort.Key.RELEVANCE).toList();
        }
        return List.of(TitleSort.DEFAULT, new TitleSort(TitleSort.Key.NAME, false), new TitleSort(TitleSort.Key.YEAR, false),
                new TitleSort(TitleSort.Key.PLATFORM, true), new TitleSort(TitleSort.Key.ADDED, false),
                new TitleSort(TitleSort.Key.DURATION, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rare genre", "common genre", "Prime Video, rare genre", "Netflix, a genre it has none of", "series",
        "kind none has", "France", "Europe, films", "released 1940-1965", "Prime Video, series, Drama, 2000-2021",
        "older Netflix snapshot, outside Europe"})
    void everyWayReadsTheSameRowsInTheSameOrderPageByPageBothWays(String name) throws Exception {
        TitleFilter f = filters.get(name);
        for (TitleSort sort : orders(name)) {
            List<Long> expected = expected(f, sort.key() == TitleSort.Key.RELEVANCE ? new TitleSort(TitleSort.Key.NAME, true) : sort);
            List<Cursor> walked = forwards(f, sort, FilterPlan.WALK, null, Integer.MAX_VALUE);
            assertThat(ids(walked)).as(name + ", " + sort).isEqualTo(expected);
            // where pages start: the first, a few spread, one right after a tie of the sorted value when there is one
            List<Integer> at = new ArrayList<>(List.of(expected.size() / 3, expected.size() * 2 / 3));
            for (int i = 1; i < walked.size(); i++) {
                if (walked.get(i).value() != null && walked.get(i).value().equals(walked.get(i - 1).value())) {
                    at.add(i);
                    break;
                }
            }
            for (FilterPlan plan : ways(f)) {
                String as = name + ", " + sort + ", " + plan;
                assertThat(forwards(f, sort, plan, null, Integer.MAX_VALUE)).as(as).isEqualTo(walked);
                assertThat(ids(forwards(f, sort, plan, null, PAGE))).as(as + ", the first page")
                        .isEqualTo(expected.subList(0, Math.min(expected.size(), PAGE)));
                assertThat(ids(backwards(f, sort, plan, null, PAGE))).as(as + ", the last page")
                        .isEqualTo(expected.subList(Math.max(0, expected.size() - PAGE), expected.size()));
                for (int p : at) {
                    if (p == 0 || p >= walked.size()) {
                        continue;
                    }
                    assertThat(ids(forwards(f, sort, plan, walked.get(p - 1), PAGE))).as(as + ", the page after row " + (p - 1))
                            .isEqualTo(expected.subList(p, Math.min(expected.size(), p + PAGE)));
                    assertThat(ids(backwards(f, sort, plan, walked.get(p), PAGE))).as(as + ", the page before row " + p)
                            .isEqualTo(expected.subList(Math.max(0, p - PAGE), p));
                }
            }
        }
        // counted from the list of the condition few titles pass, when one is listed
        assertThat(new TitleBrowseQueries(db).count(f)).as(name).isEqualTo(expected(f, new TitleSort(TitleSort.Key.NAME, true)).size());
    }

    @Test
    void theFiltersTestedHaveRareAndCommonConditionsAndEmptyOnes() throws Exception {
        TitleSort byName = new TitleSort(TitleSort.Key.NAME, true);
        assertThat(expected(filters.get("rare genre"), byName)).hasSize(14);
        assertThat(expected(filters.get("common genre"), byName).size()).isGreaterThan(3000);
        assertThat(expected(filters.get("kind none has"), byName)).isEmpty();
        assertThat(expected(filters.get("Prime Video, rare genre"), byName)).hasSize(14);
        assertThat(expected(filters.get("Netflix, a genre it has none of"), byName)).isEmpty();
        assertThat(expected(filters.get("Prime Video, series, Drama, 2000-2021"), byName)).isNotEmpty();
        assertThat(expected(filters.get("older Netflix snapshot, outside Europe"), byName)).isNotEmpty();
        // the titles of the older snapshot are not all current: the snapshot, not the current catalogue, is read
        assertThat(expected(filters.get("older Netflix snapshot, outside Europe"), byName))
                .isNotEqualTo(expected(filter(null, null, Origin.OUTSIDE_EUROPE, null, null).withPlatforms(List.of("netflix")), byName));
    }

    @Test
    void theAggregatesTellHowManyTitlesEachConditionKeeps() throws Exception {
        TitleSort byName = new TitleSort(TitleSort.Key.NAME, true);
        Estimate rareGenre = db.read(c -> Estimate.read(c, filters.get("rare genre")));
        assertThat(rareGenre.listed()).containsEntry(Listed.GENRE, 14L);
        assertThat(rareGenre.matches()).isCloseTo(14.0, within(0.001));
        assertThat(rareGenre.walked()).isEqualTo(8807 + 9668);
        Estimate both = db.read(c -> Estimate.read(c, filters.get("Netflix, a genre it has none of")));
        // the list of a genre holds its titles of every platform; none of them is on Netflix
        assertThat(both.listed()).containsEntry(Listed.PLATFORMS, 8807L)
                .containsEntry(Listed.GENRE, (long) expected(filters.get("common genre"), byName).size());
        assertThat(both.matches()).isZero();
        Estimate none = db.read(c -> Estimate.read(c, filters.get("kind none has")));
        assertThat(none.listed()).containsEntry(Listed.KIND, 0L);
        Estimate france = db.read(c -> Estimate.read(c, filters.get("France")));
        assertThat(france.listed().get(Listed.ORIGIN)).isEqualTo((long) expected(filters.get("France"), byName).size());
        // an older snapshot has no aggregates: its size only
        Estimate older = db.read(c -> Estimate.read(c, filters.get("older Netflix snapshot, outside Europe")));
        assertThat(older.listed()).containsOnlyKeys(Listed.SNAPSHOT);
    }

    /** A million titles, as the benchmark's store (FilterLatency): a genre of {@code n} titles, and the way chosen. */
    private static FilterPlan atAMillion(long n, TitleSort sort) {
        TitleFilter f = filter(null, 1L, null, null, null);
        return FilterPlan.choose(new Estimate(1_000_000, n, Map.of(Listed.GENRE, n)), f, sort);
    }

    @Test
    void aMillionTitlesAreWalkedForACommonGenreAndReadFromTheGenresIndexForARareOne() {
        TitleSort byName = TitleSort.DEFAULT;
        assertThat(atAMillion(200_000, byName)).isEqualTo(FilterPlan.WALK);
        assertThat(atAMillion(100_000, byName)).isEqualTo(FilterPlan.WALK);
        assertThat(atAMillion(40_000, byName)).isEqualTo(new FilterPlan(Way.LISTED, Listed.GENRE));
        assertThat(atAMillion(3_000, byName)).isEqualTo(new FilterPlan(Way.LISTED, Listed.GENRE));
        assertThat(atAMillion(700, byName)).isEqualTo(new FilterPlan(Way.DRIVEN, Listed.GENRE));
        assertThat(atAMillion(0, byName)).isEqualTo(new FilterPlan(Way.DRIVEN, Listed.GENRE));
        // an order no index walks reads every title the filter keeps: from the genre's list unless most pass
        assertThat(atAMillion(200_000, new TitleSort(TitleSort.Key.ADDED, true))).isEqualTo(new FilterPlan(Way.DRIVEN, Listed.GENRE));
        // the platform and the kind are on the title order's index: walking tests them without reading the store
        TitleFilter films = filter(Kind.FILM, null, null, null, null);
        assertThat(FilterPlan.choose(new Estimate(1_000_000, 770_000, Map.of(Listed.KIND, 770_000L)), films, byName))
                .isEqualTo(FilterPlan.WALK);
        TitleFilter small = TitleFilter.ALL.withPlatforms(List.of("netflix"));
        assertThat(FilterPlan.choose(new Estimate(1_000_000, 9_000, Map.of(Listed.PLATFORMS, 9_000L)), small, byName))
                .isEqualTo(FilterPlan.WALK);
        // a platform and a genre it has none of: the platform's few titles are read, not the genre's many
        TitleFilter both = filter(null, 1L, null, null, null).withPlatforms(List.of("netflix"));
        assertThat(FilterPlan.choose(new Estimate(1_000_000, 0, Map.of(Listed.PLATFORMS, 9_000L, Listed.GENRE, 200_000L)), both,
                byName)).isEqualTo(new FilterPlan(Way.DRIVEN, Listed.PLATFORMS));
    }

    /** The statements a first page of {@code f} runs (the way chosen), as SQLite is asked to prepare them. */
    private static List<String> statements(TitleFilter f) throws Exception {
        List<String> sql = new ArrayList<>();
        db.read(c -> {
            List<Cursor> keys = new ArrayList<>();
            TitlePages.scan(recording(c, sql), null, f, TitleSort.DEFAULT, null, k -> {
                keys.add(k);
                return keys.size() < PAGE;
            });
            return null;
        });
        return sql.stream().filter(s -> s.contains(" FROM title t ")).toList();
    }

    /** {@code c}, telling {@code sql} each statement it prepares. */
    private static Connection recording(Connection c, List<String> sql) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        sql.add((String) args[0]);
                    }
                    return method.invoke(c, args);
                });
    }

    private static String plan(String sql) throws Exception {
        return db.read(c -> {
            StringBuilder out = new StringBuilder();
            try (var ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(4)).append('\n');
                }
            }
            return out.toString();
        });
    }

    @Test
    void aRareGenresFirstPageReadsItsTitlesByTheGenresIndexNotEveryTitleWalked() throws Exception {
        List<String> sql = statements(filters.get("rare genre"));
        assertThat(sql).isNotEmpty();
        for (String s : sql) {
            String plan = plan(s);
            // walking every title in order, each tested by a lookup of its genre, was 1-2 s at a million titles
            assertThat(plan).as(s).contains("title_genre_genre").doesNotContain("SCAN t")
                    .doesNotContain("SEARCH tg USING PRIMARY KEY");
        }
        // a common genre is walked in title order, each title tested by a lookup of its genre, as before
        String common = plan(statements(filters.get("common genre")).get(0));
        assertThat(common).contains("SCAN t USING COVERING INDEX title_sort");
    }

    @ParameterizedTest
    @EnumSource(value = Way.class, names = {"LISTED", "DRIVEN"})
    void aListedGenreIsReadByItsIndexWhateverTheKey(Way way) throws Exception {
        TitleFilter f = filters.get("rare genre");
        FilterPlan byGenre = new FilterPlan(way, Listed.GENRE);
        for (TitleSort sort : List.of(TitleSort.DEFAULT, new TitleSort(TitleSort.Key.YEAR, false))) {
            Cursor third = forwards(f, sort, FilterPlan.WALK, null, 3).get(2);
            List<String> sql = new ArrayList<>();
            db.read(c -> {
                Connection seen = recording(c, sql);
                TitlePages.scan(seen, null, f, sort, third, k -> true, byGenre);
                TitlePagesFromEnd.scanBack(seen, f, sort, third, k -> true, byGenre);
                return null;
            });
            List<String> walks = sql.stream().filter(s -> s.contains(" FROM title t ")).toList();
            assertThat(walks).hasSizeGreaterThan(3);
            for (String s : walks) {
                String plan = plan(s);
                assertThat(plan).as(s).contains("LIST SUBQUERY").contains("title_genre_genre")
                        .doesNotContain("SEARCH tg USING PRIMARY KEY");
                if (way == Way.DRIVEN) {
                    assertThat(plan).as(s).contains("SEARCH t USING INTEGER PRIMARY KEY (rowid=?)").doesNotContain("SCAN t");
                } else if (s.contains("INDEXED BY")) {
                    assertThat(plan).as(s).containsPattern("(SCAN|SEARCH) t USING COVERING INDEX title_(sort|year)");
                }
            }
        }
    }

    /** SQLite's virtual machine instructions (in thousands) that reading a first page of {@code f} runs. */
    private static long work(TitleFilter f, FilterPlan plan) throws Exception {
        long[] calls = {0};
        db.read(c -> {
            org.sqlite.ProgressHandler.setHandler(c, 1000, new org.sqlite.ProgressHandler() {
                @Override
                protected int progress() {
                    calls[0]++;
                    return 0;
                }
            });
            try {
                List<Cursor> keys = new ArrayList<>();
                TitlePages.KeySink sink = k -> {
                    keys.add(k);
                    return keys.size() < PAGE;
                };
                if (plan == null) {
                    TitlePages.scan(c, null, f, TitleSort.DEFAULT, null, sink);
                } else {
                    TitlePages.scan(c, null, f, TitleSort.DEFAULT, null, sink, plan);
                }
            } finally {
                org.sqlite.ProgressHandler.clearHandler(c);
            }
            return null;
        });
        return calls[0];
    }

    @Test
    void aRareGenresFirstPageRunsAFractionOfTheWorkOfWalkingEveryTitle() throws Exception {
        TitleFilter f = filters.get("rare genre");
        long walking = work(f, FilterPlan.WALK);
        long chosen = work(f, null);
        // the choice's own reads of the aggregates included
        assertThat(chosen * 10).as(chosen + " against " + walking + " thousand instructions").isLessThan(walking);
    }
}
