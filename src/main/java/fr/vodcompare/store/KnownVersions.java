package fr.vodcompare.store;

import fr.vodcompare.model.Title;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the store says of some known titles (those a chunk of a snapshot's rows matched), read before the chunk is written:
 * each title's versions, or, for a title with none (a snapshot being replaced held its only one), its current view.
 */
final class KnownVersions {
    /** Titles per statement (bound parameters). */
    private static final int IN = 500;

    private final Map<Long, Versions> versions = new HashMap<>();
    private final Map<Long, Title> unversioned = new HashMap<>();

    /** A title's versions, oldest first. */
    static final class Versions {
        private final List<String> dates = new ArrayList<>();
        private final List<Title> titles = new ArrayList<>();
        /** For a title's one implied version ({@link ImpliedVersions}): the snapshot it is as of; else null. */
        private Long impliedSnapshot;

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

        /** The snapshot of the title's one version when no row holds it (it must be written before another), or null. */
        Long impliedSnapshot() {
            return impliedSnapshot;
        }
    }

    /**
     * Where the implied versions are read when asked for: {@link ImpliedVersions#FIRST_LISTING}, prepared once for every
     * chunk of an import (not once a title).
     */
    private final PreparedStatement firstListing;

    private KnownVersions(PreparedStatement firstListing) {
        this.firstListing = firstListing;
    }

    static KnownVersions load(Connection c, Collection<Long> ids, PreparedStatement firstListing) throws SQLException {
        KnownVersions k = new KnownVersions(firstListing);
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + IN));
            String in = "(" + "?,".repeat(part.size() - 1) + "?)";
            try (var ps = c.prepareStatement("SELECT " + Titles.VERSION_COLUMNS + ", v.as_of FROM title_version v "
                    + "JOIN title t ON t.id = v.title_id WHERE v.title_id IN " + in + " ORDER BY v.title_id, v.as_of, v.snapshot_id")) {
                bind(ps, part);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Title t = TitleQueries.map(rs);
                        k.versions.computeIfAbsent(t.id(), x -> new Versions()).add(rs.getString(15), t);
                    }
                }
            }
            try (var ps = c.prepareStatement("SELECT " + TitleQueries.COLUMNS + " FROM title t WHERE t.id IN " + in
                    + " AND NOT EXISTS (SELECT 1 FROM title_version v WHERE v.title_id = t.id)")) {
                bind(ps, part);
                for (Title t : TitleQueries.list(ps.executeQuery())) {
                    k.unversioned.put(t.id(), t);
                }
            }
        }
        return k;
    }

    private static void bind(java.sql.PreparedStatement ps, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
        }
    }

    /** The title's versions, or null when it has none. */
    Versions versions(long id) {
        return versions.get(id);
    }

    /** The current view of a title with no version row. */
    Title unversioned(long id) {
        return unversioned.get(id);
    }

    /**
     * The one version of a title with no version row ({@link #unversioned}): its row, as of the first snapshot listing it
     * other than {@code writing}; null when no other snapshot lists it (the snapshot being replaced was its only one).
     * Read when asked (a title whose file row says what its row says needs none).
     */
    Versions implied(long id, long writing) throws SQLException {
        Title row = unversioned.get(id);
        if (row == null) {
            return null;
        }
        firstListing.setLong(1, id);
        firstListing.setLong(2, writing);
        try (var rs = firstListing.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Versions v = new Versions();
            v.add(rs.getString(2), row);
            v.impliedSnapshot = rs.getLong(1);
            return v;
        }
    }
}
