package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Title;
import fr.vodcompare.model.TitleMatcher;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a store already knows of one platform's titles, read once before a snapshot is written. */
final class Known {
    final List<TitleMatcher.Entry> entries = new ArrayList<>();
    /** Every id a file gave a title of the platform, with the title's store id and normalised title. */
    final Map<String, Long> ids = new HashMap<>();
    final Map<String, String> idNames = new HashMap<>();
    final Map<Long, Versions> versions = new HashMap<>();
    /** The current view of titles with no version (a snapshot being replaced held their only one). */
    final Map<Long, Title> unversioned = new HashMap<>();
    private final Set<String> extKeys = new HashSet<>();
    long maxId;

    /** A title's versions, oldest first. */
    static final class Versions {
        private final List<String> dates = new ArrayList<>();
        private final List<Title> titles = new ArrayList<>();

        void add(String asOf, Title t) {
            dates.add(asOf);
            titles.add(t);
        }

        /** What the store says of the title as of {@code date}: the newest version not after it, else the oldest. */
        Title at(LocalDate date) {
            String d = date.toString();
            Title found = titles.get(0);
            for (int i = 0; i < dates.size() && dates.get(i).compareTo(d) <= 0; i++) {
                found = titles.get(i);
            }
            return found;
        }

        Title newest() {
            return titles.get(titles.size() - 1);
        }

        String newestDate() {
            return dates.get(dates.size() - 1);
        }
    }

    static Known load(Connection c, String platformId) throws SQLException {
        Known k = new Known();
        try (var ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM title"); var rs = ps.executeQuery()) {
            k.maxId = rs.getLong(1);
        }
        try (var ps = c.prepareStatement("SELECT id, norm_name, kind, release_year, ext_key FROM title WHERE platform_id = ?")) {
            ps.setString(1, platformId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    k.entries.add(new TitleMatcher.Entry(rs.getLong(1), rs.getString(2), Kind.fromCode(rs.getString(3)),
                            (Integer) rs.getObject(4)));
                    k.extKeys.add(rs.getString(5));
                }
            }
        }
        try (var ps = c.prepareStatement("SELECT i.show_id, i.title_id, t.norm_name FROM title_ident i JOIN title t ON t.id = i.title_id "
                + "WHERE i.platform_id = ?")) {
            ps.setString(1, platformId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    k.ids.put(rs.getString(1), rs.getLong(2));
                    k.idNames.put(rs.getString(1), rs.getString(3));
                }
            }
        }
        try (var ps = c.prepareStatement("SELECT " + Titles.VERSION_COLUMNS + ", v.as_of FROM title_version v "
                + "JOIN title t ON t.id = v.title_id WHERE t.platform_id = ? ORDER BY v.title_id, v.as_of, v.snapshot_id")) {
            ps.setString(1, platformId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    Title t = TitleQueries.map(rs);
                    k.versions.computeIfAbsent(t.id(), x -> new Versions()).add(rs.getString(15), t);
                }
            }
        }
        try (var ps = c.prepareStatement("SELECT " + TitleQueries.COLUMNS + " FROM title t WHERE t.platform_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM title_version v WHERE v.title_id = t.id)")) {
            ps.setString(1, platformId);
            for (Title t : TitleQueries.list(ps.executeQuery())) {
                k.unversioned.put(t.id(), t);
            }
        }
        return k;
    }

    /** {@code key} when no title of the platform holds it yet, else a key made unique with the new id. */
    String freeKey(String key, long id) {
        String k = extKeys.contains(key) ? key + "#" + id : key;
        extKeys.add(k);
        return k;
    }
}
