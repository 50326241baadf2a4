package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Normalise;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The catalogue's order as a list of segments, each walked by one index in key order: a key is (segment, value,
 * id), so a page starts right after the last key of the one before (keyset paging), never by counting rows.
 * Blanks last both ways; the title id breaks ties, in the direction of the sort.
 */
final class TitleOrder {
    /** What a search segment holds, tested on each title as it is read. */
    enum Match { EXACT, TITLE, OTHER, DIRECTOR, CAST }

    /**
     * One part of the order.
     *
     * @param cond  SQL condition on {@code t} (never null)
     * @param args  its values
     * @param value the ordered column, or null when only the id orders the part
     * @param desc  descending (value and id)
     * @param match for a search in relevance order: the test each title read must pass (null: SQL decides)
     * @param index the index walked in order (null: the query planner chooses, as when a search picks few rows;
     *              {@link #BY_ID}: none, the titles are read by id, from the list of a condition few titles pass, and sorted)
     */
    record Segment(String cond, List<Object> args, String value, boolean desc, Match match, String index) {
        Segment(String cond, List<Object> args, String value, boolean desc, Match match) {
            this(cond, args, value, desc, match, "t.norm_name".equals(value) ? "title_sort"
                    : "t.release_year".equals(value) ? "title_year" : null);
        }

        /** The segment with another index (null: the planner's choice). */
        Segment withIndex(String other) {
            return new Segment(cond, args, value, desc, match, other);
        }

        /** The title table as a walk of the segment reads it: {@code FROM} this. */
        String from() {
            return index == null ? "title t" : BY_ID.equals(index) ? "title t NOT INDEXED" : "title t INDEXED BY " + index;
        }
    }

    /** A segment's {@link Segment#index} when its titles are read by id and sorted, no index walked. */
    static final String BY_ID = "";

    private TitleOrder() {
    }

    /** The segments of {@code sort} under {@code filter}, walked as {@code plan} says. */
    static List<Segment> of(Connection c, TitleFilter filter, TitleSort sort, FilterPlan plan) throws SQLException {
        List<Segment> out = order(c, filter, sort);
        switch (plan.way()) {
            case PLANNER:
                // few titles pass the filter: reading them and sorting them is quicker than walking every title in order
                return out.stream().map(g -> g.withIndex(null)).toList();
            case DRIVEN:
                // very few: the titles the filter's list gives, read by id and sorted (no index of the title table)
                return out.stream().map(g -> g.withIndex(BY_ID)).toList();
            default:
                return out;
        }
    }

    /** True when the first segment of {@code sort} (without a search) is walked in order by an index. */
    static boolean ordered(TitleSort sort) {
        switch (sort.key()) {
            case RELEVANCE: case NAME: case PLATFORM: case KIND: case YEAR:
                return true;
            default:
                return false;
        }
    }

    /**
     * The segments of {@code sort} under {@code filter}, each walking its index even when the filter keeps few titles:
     * for a walk that does not read the store in order (the search ranks in memory), which needs no count to choose.
     */
    static List<Segment> walked(Connection c, TitleFilter filter, TitleSort sort) throws SQLException {
        return order(c, filter, sort);
    }

    /** Titles of one platform at most, below which a filter reads its titles and sorts them. */
    static final int FEW = 20_000;

    /**
     * True unless the filter keeps few titles: one snapshot, originals only, or platforms holding fewer than
     * {@link #FEW} titles (counted no further than that, on the platform index). For a search ({@link FilterPlan}).
     */
    static boolean walkable(Connection c, TitleFilter filter) throws SQLException {
        if (filter.snapshotId() != null || filter.originalsOnly()) {
            return false;
        }
        if (filter.platformIds().isEmpty()) {
            return true;
        }
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < filter.platformIds().size(); i++) {
            marks.append(i == 0 ? "?" : ",?");
        }
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM title WHERE platform_id IN (" + marks
                + ") LIMIT " + FEW + ")")) {
            for (int i = 0; i < filter.platformIds().size(); i++) {
                ps.setString(i + 1, filter.platformIds().get(i));
            }
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) >= FEW;
            }
        }
    }

    private static List<Segment> order(Connection c, TitleFilter filter, TitleSort sort) throws SQLException {
        SearchText text = SearchText.parse(filter.search());
        if (sort.key() == TitleSort.Key.RELEVANCE && !text.isEmpty()) {
            return relevance(text);
        }
        TitleSort s = sort.key() == TitleSort.Key.RELEVANCE ? new TitleSort(TitleSort.Key.NAME, true) : sort;
        List<Segment> out = columns(c, s);
        if (text.isEmpty()) {
            return out;
        }
        String fts = "t.id IN (SELECT rowid FROM title_fts WHERE title_fts MATCH ?)";
        return out.stream().map(g -> new Segment(g.cond() + " AND " + fts, concat(g.args(), text.fts()), g.value(), g.desc(),
                null, null)).toList();
    }

    /**
     * Titles named exactly as typed, then the other titles holding the words in their name, then those holding
     * them in the director or cast only; each by title. A search of one field is that field's titles, by title.
     */
    private static List<Segment> relevance(SearchText text) {
        List<Segment> out = new ArrayList<>();
        if (text.field() == null || text.field() == SearchText.Field.TITLE) {
            out.add(new Segment("t.norm_name = ?", List.of(text.exactTitle()), "t.norm_name", false, Match.EXACT));
            out.add(search(Match.TITLE));
        }
        if (text.field() == null) {
            out.add(search(Match.OTHER));
        } else if (text.field() == SearchText.Field.DIRECTOR) {
            out.add(search(Match.DIRECTOR));
        } else if (text.field() == SearchText.Field.CAST) {
            out.add(search(Match.CAST));
        }
        return out;
    }

    private static Segment search(Match m) {
        return new Segment("1 = 1", List.of(), "t.norm_name", false, m);
    }

    private static List<Segment> columns(Connection c, TitleSort s) throws SQLException {
        boolean desc = !s.ascending();
        switch (s.key()) {
            case NAME:
                return List.of(new Segment("1 = 1", List.of(), "t.norm_name", desc, null));
            case PLATFORM:
                // each platform in turn, by name, its titles by title
                List<Segment> byPlatform = new ArrayList<>();
                for (String id : platformsByName(c, desc)) {
                    byPlatform.add(new Segment("t.platform_id = ?", List.of(id), "t.norm_name", false, null));
                }
                return byPlatform;
            case KIND:
                List<Segment> byKind = new ArrayList<>();
                List<Kind> kinds = new ArrayList<>(Arrays.asList(Kind.values()));
                kinds.sort((a, b) -> desc ? b.code().compareTo(a.code()) : a.code().compareTo(b.code()));
                for (Kind k : kinds) {
                    byKind.add(new Segment("t.kind = ?", List.of(k.code()), "t.norm_name", false, null));
                }
                return byKind;
            case DURATION:
                return List.of(new Segment("t.duration_minutes IS NOT NULL", List.of(), "t.duration_minutes", desc, null),
                        new Segment("t.duration_minutes IS NULL AND t.seasons IS NOT NULL", List.of(), "t.seasons", desc, null),
                        new Segment("t.duration_minutes IS NULL AND t.seasons IS NULL", List.of(), null, desc, null));
            default:
                String column = column(s.key());
                return List.of(new Segment(column + " IS NOT NULL", List.of(), column, desc, null),
                        new Segment(column + " IS NULL", List.of(), null, desc, null));
        }
    }

    private static List<String> platformsByName(Connection c, boolean desc) throws SQLException {
        String dir = desc ? " DESC" : "";
        List<String> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT id FROM platform ORDER BY name COLLATE NOCASE" + dir + ", id" + dir);
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String column(TitleSort.Key key) {
        switch (key) {
            case YEAR: return "t.release_year";
            case COUNTRIES: return "t.country_text";
            case GENRES: return "t.genre_text";
            case ADDED: return "t.date_added";
            case RATING: return "t.rating";
            default: throw new IllegalArgumentException("No column for " + key);
        }
    }

    private static List<Object> concat(List<Object> a, Object b) {
        List<Object> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }

    /**
     * The test of a search segment on one title read in order: {@code norm} its normalised title; director and
     * cast raw (normalised here only when the test needs them).
     */
    static boolean passes(Match m, SearchText text, SearchText.Words words, String norm, String director, String cast) {
        switch (m) {
            case EXACT:
                return true;
            case TITLE:
                return words.in(norm) && !norm.equals(text.exactTitle());
            case OTHER:
                return !words.in(norm) && words.inAny(norm, Normalise.text(director), Normalise.text(cast));
            case DIRECTOR:
                return words.in(Normalise.text(director));
            default:
                return words.in(Normalise.text(cast));
        }
    }

    /**
     * The full-text query giving every candidate of a search segment (the test then decides): the words in the
     * segment's field, without a last word shorter than three letters when another has three or more (a short
     * prefix makes the index merge every word it starts; the test checks it on the few candidates the others leave),
     * the others then each a whole word.
     */
    static String candidates(Match m, SearchText text) {
        List<String> strong = strongWords(text);
        SearchText asked = new SearchText(null, strong);
        // without the last word, the others are each a whole word: no prefix to merge
        return strong.size() < text.words().size() ? asked.ftsWhole(field(m)) : asked.fts(field(m));
    }

    /**
     * A full-text query matching every title {@link #candidates} matches, and more, quicker when the last word is a
     * prefix of one or two letters (the index merges every word it starts): the same words but the last, each whole;
     * for one word the index cuts in several ("tayo's": "tayo", then "s" as a prefix), the words it is cut in but the
     * last. Null when the last word is longer, or there is no such query.
     */
    static String widerCandidates(Match m, SearchText text) {
        List<String> strong = strongWords(text);
        String[] parts = Normalise.text(strong.get(strong.size() - 1)).split(" ");
        if (parts[parts.length - 1].length() >= 3) {
            return null; // a prefix of three letters or more starts few words: the query itself is quick
        }
        if (strong.size() >= 2) {
            return new SearchText(null, strong.subList(0, strong.size() - 1)).ftsWhole(field(m));
        }
        if (parts.length < 2 || !FtsProbe.plain(strong.get(0))) {
            return null; // beyond plain ASCII the index may cut the word elsewhere than the normalisation does
        }
        String first = String.join(" ", Arrays.copyOf(parts, parts.length - 1));
        return new SearchText(null, List.of(first)).ftsWhole(field(m));
    }

    /**
     * A full-text query matching every title {@link #candidates} matches, and more: the words but the last, each
     * whole, for a last word the index would merge too many words to start (checked by the caller); null for a single
     * word.
     */
    static String othersWhole(Match m, SearchText text) {
        List<String> strong = strongWords(text);
        return strong.size() < 2 ? null : new SearchText(null, strong.subList(0, strong.size() - 1)).ftsWhole(field(m));
    }

    private static SearchText.Field field(Match m) {
        switch (m) {
            case TITLE: return SearchText.Field.TITLE;
            case DIRECTOR: return SearchText.Field.DIRECTOR;
            case CAST: return SearchText.Field.CAST;
            default: return null;
        }
    }

    private static List<String> strongWords(SearchText text) {
        List<String> words = text.words();
        List<String> before = words.size() > 1 ? words.subList(0, words.size() - 1) : List.of();
        if (Normalise.text(words.get(words.size() - 1)).length() < 3 && before.stream().anyMatch(w -> Normalise.text(w).length() >= 3)) {
            return before;
        }
        return words;
    }
}
