package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Region;
import fr.vodcompare.model.Top10Category;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of the stored Top 10 lists, for the analyses: the countries and weeks held, a country's lines over a
 * period, and the catalogue titles the works are linked to. Thread-safe; every method runs on the calling
 * thread (JDBC), never the FX thread.
 */
public final class Top10Queries {
    private final Database db;

    public Top10Queries(Database db) {
        this.db = db;
    }

    /** A country (or {@code world}) with its lists: weeks, lines, first and last week. */
    public record Country(String code, String name, int weeks, int entries, LocalDate firstWeek, LocalDate lastWeek) {
    }

    /** One stored line of a weekly list. */
    public record Entry(String country, LocalDate week, Top10Category category, int rank, long workId, String work,
                        Kind kind, String season, Integer weeksInTop10, Long hoursViewed, Double runtime, Long views) {
    }

    /**
     * A catalogue title a work is linked to.
     *
     * @param region the region of its first production country, null when the catalogue names none
     */
    public record LinkedTitle(long workId, long titleId, String name, Kind kind, Integer releaseYear, String countries,
                              String genres, String director, String description, Region region) {
    }

    /** Every country with stored lists, by name ({@code world} first). */
    public List<Country> countries() throws StoreException {
        String sql = "SELECT e.country, COALESCE(c.name, e.country), COUNT(DISTINCT e.week), COUNT(*), MIN(e.week), MAX(e.week) "
                + "FROM top10_entry e LEFT JOIN top10_country c ON c.code = e.country GROUP BY e.country "
                + "ORDER BY e.country <> 'world', 2";
        return db.read(c -> {
            List<Country> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Country(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            LocalDate.parse(rs.getString(5)), LocalDate.parse(rs.getString(6))));
                }
            }
            return out;
        });
    }

    /** True when the store holds at least one list of the country. */
    public boolean has(String country) throws StoreException {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT 1 FROM top10_entry WHERE country = ? LIMIT 1")) {
                ps.setString(1, country);
                try (var rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The weeks stored for a country, oldest first. */
    public List<LocalDate> weeks(String country) throws StoreException {
        return db.read(c -> {
            List<LocalDate> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT DISTINCT week FROM top10_entry WHERE country = ? ORDER BY week")) {
                ps.setString(1, country);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(LocalDate.parse(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * A country's lines from {@code from} to {@code to} (weeks included; null for no bound), by week, category
     * and rank.
     */
    public List<Entry> entries(String country, LocalDate from, LocalDate to) throws StoreException {
        String sql = "SELECT e.country, e.week, e.category, e.rank, e.work_id, w.name, w.kind, s.name, e.weeks_in_top10, "
                + "e.hours_viewed, e.runtime, e.views FROM top10_entry e JOIN top10_work w ON w.id = e.work_id "
                + "LEFT JOIN top10_season s ON s.id = e.season_id WHERE e.country = ? AND e.week >= ? AND e.week <= ? "
                + "ORDER BY e.week, e.category, e.rank";
        return db.read(c -> {
            List<Entry> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, country);
                ps.setString(2, from == null ? "0000" : from.toString());
                ps.setString(3, to == null ? "9999" : to.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
            }
            return out;
        });
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getString(1), LocalDate.parse(rs.getString(2)), Top10Category.parse(rs.getString(3)), rs.getInt(4),
                rs.getLong(5), rs.getString(6), Kind.fromCode(rs.getString(7)), rs.getString(8),
                (Integer) rs.getObject(9), longOrNull(rs, 10), (Double) rs.getObject(11), longOrNull(rs, 12));
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    /**
     * The catalogue titles linked to the works of a country's lines over a period, by work (a work may be linked to
     * several titles: the catalogue has two of that name).
     */
    public Map<Long, List<LinkedTitle>> linkedTitles(String country, LocalDate from, LocalDate to) throws StoreException {
        String sql = "SELECT l.work_id, t.id, t.name, t.kind, t.release_year, t.country_text, t.genre_text, t.director, "
                + "t.description, co.region FROM top10_link l JOIN title t ON t.id = l.title_id "
                + "LEFT JOIN title_country tc ON tc.title_id = t.id AND tc.position = 0 "
                + "LEFT JOIN country co ON co.id = tc.country_id "
                + "WHERE l.work_id IN (SELECT DISTINCT work_id FROM top10_entry WHERE country = ? AND week >= ? AND week <= ?) "
                + "ORDER BY l.work_id, t.release_year DESC, t.id";
        return db.read(c -> {
            Map<Long, List<LinkedTitle>> out = new LinkedHashMap<>();
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, country);
                ps.setString(2, from == null ? "0000" : from.toString());
                ps.setString(3, to == null ? "9999" : to.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String region = rs.getString(10);
                        LinkedTitle t = new LinkedTitle(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                Kind.fromCode(rs.getString(4)), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), region == null ? null : Region.valueOf(region));
                        out.computeIfAbsent(t.workId(), k -> new ArrayList<>()).add(t);
                    }
                }
            }
            return out;
        });
    }
}
