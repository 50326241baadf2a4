package fr.vodcompare.store;

import fr.vodcompare.model.Title;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue browser's queries: counts and pages of titles under a {@link TitleFilter} and a
 * {@link TitleSort}, for a table that loads only the rows it shows. Only each platform's newest
 * snapshot is browsed. Thread-safe; every method reads on the calling thread.
 */
public final class TitleBrowseQueries {
    private final Database db;
    private final TitlePages pages;
    private final TitlePagesFromEnd fromEnd;

    public TitleBrowseQueries(Database db) {
        this.db = db;
        this.pages = new TitlePages(db);
        this.fromEnd = new TitlePagesFromEnd(db);
    }

    /** The same rows read by key, a page at a time, for the table. */
    public TitlePages pages() {
        return pages;
    }

    /** The same rows read by key from the end of the list (the table's last pages). */
    public TitlePagesFromEnd pagesFromEnd() {
        return fromEnd;
    }

    /** One row of the browser: a title and the display name of its platform. */
    public record Row(Title title, String platformName) {
    }

    /** A genre and how many titles have it. */
    public record Genre(long id, String name, int titles) {
    }

    /** A platform that holds the same work (same normalised title, year and kind). */
    public record Copy(long titleId, String platformId, String platformName, String name) {
    }

    /** How many titles match. */
    public int count(TitleFilter filter) throws StoreException {
        return count(filter, -1);
    }

    /** How many titles match, counting no further than {@code cap} (a count of {@code cap} means "at least"). */
    public int count(TitleFilter filter, int cap) throws StoreException {
        return db.read(c -> {
            // a condition few titles pass is read as its list of titles, so that they are counted from it, not found
            // among every title
            TitleWhere w = TitleWhere.of(c, filter, FilterPlan.of(c, filter, TitleSort.DEFAULT).listed());
            String rows = filter.hasSearch()
                    ? "SELECT 1 FROM title_fts f CROSS JOIN title t ON t.id = f.rowid WHERE title_fts MATCH ?" + w.and()
                    : "SELECT 1 FROM title t WHERE 1 = 1" + w.and();
            String sql = "SELECT COUNT(*) FROM (" + rows + (cap < 0 ? "" : " LIMIT " + cap) + ")";
            try (var ps = c.prepareStatement(sql)) {
                int i = 1;
                if (filter.hasSearch()) {
                    ps.setString(i++, TitleQueries.ftsQuery(filter.search()));
                }
                w.bind(ps, i);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Titles of one platform that {@code filter} leaves out only because a field it tests is blank:
     * {@code titles} in all, of which {@code noCountry} lack production countries, {@code noYear} a
     * release year and {@code noDateAdded} a date added (a title may lack several).
     */
    public record Blanks(String platformId, String platformName, int titles, int noCountry, int noYear, int noDateAdded) {
    }

    /** Per platform (only those with such titles), what {@link #count} leaves out for blank fields. */
    public List<Blanks> blanks(TitleFilter filter) throws StoreException {
        if (filter.origin() == null && filter.yearFrom() == null && filter.yearTo() == null
                && filter.addedFrom() == null && filter.addedTo() == null) {
            return List.of();
        }
        return db.read(c -> {
            TitleWhere w = TitleWhere.blanksOnly(c, filter);
            String from = filter.hasSearch()
                    ? "title_fts f JOIN title t ON t.id = f.rowid JOIN platform p ON p.id = t.platform_id WHERE title_fts MATCH ?"
                    : "title t JOIN platform p ON p.id = t.platform_id WHERE 1 = 1";
            String sql = "SELECT t.platform_id, p.name, COUNT(*), SUM(t.country_text IS NULL), SUM(t.release_year IS NULL), "
                    + "SUM(t.date_added IS NULL) FROM " + from + w.and()
                    + " GROUP BY t.platform_id ORDER BY p.bundled DESC, p.rowid";
            List<Blanks> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql)) {
                int i = 1;
                if (filter.hasSearch()) {
                    ps.setString(i++, TitleQueries.ftsQuery(filter.search()));
                }
                w.bind(ps, i);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean country = filter.origin() != null;
                        boolean year = filter.yearFrom() != null || filter.yearTo() != null;
                        boolean added = filter.addedFrom() != null || filter.addedTo() != null;
                        out.add(new Blanks(rs.getString(1), rs.getString(2), rs.getInt(3), country ? rs.getInt(4) : 0,
                                year ? rs.getInt(5) : 0, added ? rs.getInt(6) : 0));
                    }
                }
            }
            return out;
        });
    }

    /** The rows {@code offset} to {@code offset + limit - 1} in {@code sort} order. */
    public List<Row> page(TitleFilter filter, TitleSort sort, int offset, int limit) throws StoreException {
        return db.read(c -> {
            List<Row> out = new ArrayList<>();
            rows(c, filter, sort, offset, limit, out::add);
            return out;
        });
    }

    /** Every matching row, in order, to {@code sink} (on the calling thread): for exports. */
    public void forEach(TitleFilter filter, TitleSort sort, RowSink sink) throws StoreException {
        db.read(c -> {
            rows(c, filter, sort, 0, -1, sink);
            return null;
        });
    }

    /** Receives rows one at a time. */
    @FunctionalInterface
    public interface RowSink {
        void accept(Row row) throws Exception;
    }

    private static void rows(Connection c, TitleFilter filter, TitleSort sort, int offset, int limit, RowSink sink)
            throws Exception {
        TitlePages.rows(c, filter, sort, offset, limit, sink);
    }

    /**
     * The genres of the current catalogues, by name, with their number of titles: from the per-snapshot aggregates
     * ({@link CurrentGenres}), not every title's genre links.
     */
    public List<Genre> genres() throws StoreException {
        return db.read(CurrentGenres::read);
    }

    /** Every platform's copy of the same work as {@code titleId} (itself included), by platform name. */
    public List<Copy> copiesOf(long titleId) throws StoreException {
        return db.read(c -> {
            List<Copy> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT o.id, o.platform_id, p.name, o.name FROM title t "
                    + "JOIN title o ON " + TitleQueries.SAME_KEY + " JOIN platform p ON p.id = o.platform_id "
                    + "WHERE t.id = ? ORDER BY p.name COLLATE NOCASE, o.id")) {
                ps.setLong(1, titleId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Copy(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** The ids of the platforms that have at least one catalogue snapshot. */
    public List<String> platformsWithCatalogue() throws StoreException {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT p.id FROM platform p WHERE EXISTS (SELECT 1 FROM snapshot s "
                    + "WHERE s.platform_id = p.id) ORDER BY p.bundled DESC, p.rowid"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Production-country make-up of a platform's newest catalogue, computed from the imported file. */
    public record Origins(String platformId, int titles, int withCountry, int france, int europe) {
    }

    /** The production-country make-up of each platform's newest catalogue. */
    public List<Origins> origins() throws StoreException {
        return db.read(c -> {
            String region = "EXISTS (SELECT 1 FROM title_country tc JOIN country k ON k.id = tc.country_id "
                    + "WHERE tc.title_id = t.id AND k.region IN (%s))";
            String sql = "SELECT t.platform_id, COUNT(*), SUM(t.country_text IS NOT NULL), SUM(" + String.format(region, "'FRANCE'")
                    + "), SUM(" + String.format(region, "'FRANCE','EUROPE'") + ") FROM title t WHERE t.id IN ("
                    + Current.titleIds(null) + ") GROUP BY t.platform_id";
            List<Origins> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Origins(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }
}
