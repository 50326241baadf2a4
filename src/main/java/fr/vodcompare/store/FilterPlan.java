package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How the catalogue's titles under a filter are read in {@link TitleOrder}, chosen from how many titles each condition
 * keeps, which the per-snapshot aggregates ({@link SnapshotAggregates}) tell without counting:
 * <ul>
 * <li>{@link Way#WALK}: the order's index walked, each title tested as it is read by lookups in the store (most titles
 * pass: a page is found after a few hundred or thousand titles);</li>
 * <li>{@link Way#LISTED}: the same walk, with the titles of the condition fewest titles pass first listed by an index of
 * its own (a genre's links, the countries' links, the platform and kind index...), so that each title walked is tested
 * in memory instead of by reads of the store (a few titles in a hundred pass: a page is tens of thousands of titles
 * away);</li>
 * <li>{@link Way#DRIVEN}: only the titles that condition lists are read, tested and sorted (fewer still pass: walking the
 * order would read most of a million titles to find a page);</li>
 * <li>{@link Way#PLANNER}: SQLite's query planner chooses (originals only, and searches on few titles: as before).</li>
 * </ul>
 * Every way reads the same rows in the same order; only the reading differs ({@link TitleWhere} writes the listed
 * condition as a list of ids, {@link TitleOrder} walks the order's index or not).
 *
 * @param way    how the titles are read
 * @param listed the condition whose titles are listed, for {@link Way#LISTED} and {@link Way#DRIVEN}; else null
 */
record FilterPlan(Way way, Listed listed) {
    /** How the titles are read. */
    enum Way { WALK, LISTED, DRIVEN, PLANNER }

    /** A condition of {@link TitleFilter} whose titles an index of their own lists. */
    enum Listed { PLATFORMS, SNAPSHOT, KIND, GENRE, ORIGIN, YEARS }

    static final FilterPlan WALK = new FilterPlan(Way.WALK, null);
    static final FilterPlan PLANNER = new FilterPlan(Way.PLANNER, null);

    /** Rows a page of the screen shows: the walks are costed to find as many. */
    static final int PAGE = 200;
    /*
     * What reading one title costs each way, in microseconds, measured at 1,000,000 titles (the readers' cache of
     * SQLite, the store's pages in the system's): a title walked in order and tested by reads of the store (its genre's
     * link, its countries...); walked in order and tested on the index's own columns or against a list in memory; an id
     * read into a list (by the statement that needs it); a title read by id from a list, tested and sorted, when the
     * list's titles are spread over the whole table (a page read for each: a genre's, a country's) or were written
     * together (a platform's, a snapshot's).
     */
    static final double READ = 6.5;
    static final double TEST = 0.1;
    static final double LIST = 0.25;
    static final double SORT = 10;
    static final double SORT_TOGETHER = 2;

    FilterPlan {
        if ((way == Way.LISTED || way == Way.DRIVEN) != (listed != null)) {
            throw new IllegalArgumentException(way + " with " + listed);
        }
    }

    /** The plan of {@code filter} read in {@code sort}. */
    static FilterPlan of(Connection c, TitleFilter filter, TitleSort sort) throws SQLException {
        if (filter.hasSearch()) {
            // a search reads its candidates from the full-text index or the ranks in memory: as before
            return TitleOrder.walkable(c, filter) ? WALK : PLANNER;
        }
        if (filter.originalsOnly()) {
            return PLANNER; // a few dozen titles found by name through the title index
        }
        if (filter.platformIds().isEmpty() && filter.snapshotId() == null && filter.kind() == null && filter.genreId() == null
                && filter.origin() == null && filter.yearFrom() == null && filter.yearTo() == null && filter.addedFrom() == null
                && filter.addedTo() == null) {
            return WALK; // the current catalogues: nearly every title
        }
        return choose(Estimate.read(c, filter), filter, sort);
    }

    /** The way estimated cheapest to read a page of {@code filter}'s titles in {@code sort}, as {@code e} tells. */
    static FilterPlan choose(Estimate e, TitleFilter filter, TitleSort sort) {
        boolean ordered = TitleOrder.ordered(sort);
        // titles walked to find a page, when an index walks the order; else SQLite reads every title and sorts them
        double walked = !ordered ? e.walked() : e.matches() <= 0 ? e.walked()
                : Math.min(e.walked(), PAGE * (double) e.walked() / e.matches());
        FilterPlan best = WALK;
        double least = walked * (!ordered || reads(filter, sort, null) ? READ : TEST);
        for (Map.Entry<Listed, Long> l : e.listed().entrySet()) {
            double ids = l.getValue();
            // the titles the list keeps, tested on the other conditions
            double others = reads(filter, sort, l.getKey()) ? READ * Math.min(1, ids / Math.max(1, e.walked())) : 0;
            double listed = ordered ? LIST * ids + walked * (TEST + others) : Double.MAX_VALUE;
            boolean together = l.getKey() == Listed.PLATFORMS || l.getKey() == Listed.SNAPSHOT;
            double driven = (together ? SORT_TOGETHER : SORT) * ids;
            if (listed < least) {
                best = new FilterPlan(Way.LISTED, l.getKey());
                least = listed;
            }
            if (driven < least) {
                best = new FilterPlan(Way.DRIVEN, l.getKey());
                least = driven;
            }
        }
        return best;
    }

    /**
     * True when testing a title walked in {@code sort}'s order on {@code filter}'s conditions but {@code listed} reads the
     * store beyond the order's index: the title order's index holds the platform and the kind, the year's index the year.
     */
    private static boolean reads(TitleFilter f, TitleSort sort, Listed listed) {
        boolean byTitle = sort.key() != TitleSort.Key.YEAR;
        return f.genreId() != null && listed != Listed.GENRE
                || f.origin() != null && (listed != Listed.ORIGIN || f.origin() == TitleFilter.Origin.OUTSIDE_EUROPE)
                || f.snapshotId() != null && listed != Listed.SNAPSHOT
                || f.addedFrom() != null || f.addedTo() != null
                || (f.yearFrom() != null || f.yearTo() != null) && listed != Listed.YEARS && byTitle
                || (!f.platformIds().isEmpty() && listed != Listed.PLATFORMS || f.kind() != null && listed != Listed.KIND) && !byTitle;
    }

    /**
     * What the aggregates tell of a filter's titles.
     *
     * @param walked  titles the order's index holds (each platform's current catalogue counted)
     * @param matches titles estimated to pass every condition (the conditions counted apart taken as independent)
     * @param listed  for each condition whose titles can be listed, how many ids its list holds (its titles in every
     *                current catalogue: the list's index knows no catalogue)
     */
    record Estimate(long walked, double matches, Map<Listed, Long> listed) {
        /** Read from the snapshots' title counts and the aggregates of the current catalogues. */
        static Estimate read(Connection c, TitleFilter f) throws SQLException {
            String all = Current.snapshotIds(null);
            long walked = one(c, "SELECT COALESCE(SUM(title_count), 0) FROM snapshot WHERE id IN (" + all + ")");
            // the catalogues shown: one snapshot, or the current ones in the territory, of the platforms chosen
            List<Object> args = new ArrayList<>();
            String scope;
            if (f.snapshotId() != null) {
                scope = "SELECT ?";
                args.add(f.snapshotId());
            } else if (!f.platformIds().isEmpty()) {
                StringJoiner marks = new StringJoiner(",", "(", ")");
                f.platformIds().forEach(p -> marks.add("?"));
                scope = "SELECT id FROM snapshot WHERE id IN (" + Current.snapshotIds(f.territory()) + ") AND platform_id IN " + marks;
                args.addAll(f.platformIds());
            } else {
                scope = Current.snapshotIds(f.territory());
            }
            long shown = one(c, "SELECT COALESCE(SUM(title_count), 0) FROM snapshot WHERE id IN (" + scope + ")", args.toArray());
            Map<Listed, Long> listed = new EnumMap<>(Listed.class);
            if (f.snapshotId() != null) {
                listed.put(Listed.SNAPSHOT, shown);
            } else if (!f.platformIds().isEmpty()) {
                listed.put(Listed.PLATFORMS, shown);
            }
            // a snapshot with no aggregates (an older one chosen) tells its number of titles only
            boolean counted = one(c, "SELECT COUNT(*) FROM snapshot s WHERE s.id IN (" + scope + ") AND NOT EXISTS "
                    + "(SELECT 1 FROM snapshot_count a WHERE a.snapshot_id = s.id)", args.toArray()) == 0;
            double matches = shown;
            if (!counted) {
                return new Estimate(walked, matches, listed);
            }
            boolean narrowed = !args.isEmpty();
            for (Listed l : new Listed[] {Listed.KIND, Listed.GENRE, Listed.ORIGIN, Listed.YEARS, null}) {
                Object[] values = values(f, l);
                if (values == null) {
                    continue;
                }
                String where = where(f, l);
                long n = sum(c, where, scope, args, values);
                matches = shown <= 0 ? 0 : matches * Math.min(1, n / (double) shown);
                if (l != null && (l != Listed.ORIGIN || f.origin() != TitleFilter.Origin.OUTSIDE_EUROPE)) {
                    listed.put(l, narrowed ? sum(c, where, all, List.of(), values) : n);
                }
            }
            return new Estimate(walked, matches, listed);
        }

        /** The values the aggregates' rows of a condition of {@code f} are chosen by (null: {@code f} has no such condition). */
        private static Object[] values(TitleFilter f, Listed l) {
            if (l == null) {
                // the dates added, which no index of their own lists
                return f.addedFrom() == null && f.addedTo() == null ? null : new Object[] {
                        f.addedFrom() == null ? Integer.MIN_VALUE : f.addedFrom().getYear(),
                        f.addedTo() == null ? Integer.MAX_VALUE : f.addedTo().getYear()};
            }
            switch (l) {
                case KIND: return f.kind() == null ? null : new Object[] {f.kind().code()};
                case GENRE: return f.genreId() == null ? null : new Object[] {"%," + f.genreId() + ",%"};
                case ORIGIN: return f.origin() == null ? null : new Object[] {};
                case YEARS: return f.yearFrom() == null && f.yearTo() == null ? null : new Object[] {
                        f.yearFrom() == null ? Integer.MIN_VALUE : f.yearFrom(), f.yearTo() == null ? Integer.MAX_VALUE : f.yearTo()};
                default: return null;
            }
        }

        /** The aggregates' rows counting the titles of a condition of {@code f} (on {@code a}, {@link #values} to bind). */
        private static String where(TitleFilter f, Listed l) {
            if (l == null) {
                return "a.dim = 'added' AND CAST(a.key AS INTEGER) >= ? AND CAST(a.key AS INTEGER) <= ?";
            }
            switch (l) {
                case KIND: return "a.dim = 'countries' AND a.key = ?";
                case GENRE: return "a.dim = 'genres' AND ',' || a.key || ',' LIKE ?";
                case ORIGIN:
                    // by whether a French or else European country is listed ({@link SnapshotGroups})
                    return "a.dim = 'region' AND " + switch (f.origin()) {
                        case FRANCE -> "a.sub = 'france'";
                        case EUROPE -> "a.sub IN ('france', 'europe')";
                        default -> "a.key IS NOT NULL AND a.sub IS NULL";
                    };
                default:
                    // every decade the years reach: as many titles or more
                    return "a.dim = 'decade' AND CAST(a.key AS INTEGER) + 9 >= ? AND CAST(a.key AS INTEGER) <= ?";
            }
        }

        /** The titles of the aggregates' rows {@code where} keeps in the snapshots {@code scope} gives. */
        private static long sum(Connection c, String where, String scope, List<Object> scopeArgs, Object... values)
                throws SQLException {
            List<Object> args = new ArrayList<>(List.of(values));
            args.addAll(scopeArgs);
            return one(c, "SELECT COALESCE(SUM(a.titles), 0) FROM snapshot_count a WHERE " + where + " AND a.snapshot_id IN ("
                    + scope + ")", args.toArray());
        }

        private static long one(Connection c, String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            }
        }
    }
}
