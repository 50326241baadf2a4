package fr.vodcompare.store;

import java.util.Locale;

/**
 * SQL for "current": per platform, the newest snapshot in the chosen territory, or, for a platform
 * with no snapshot there (or when no territory is chosen), its newest snapshot in any territory.
 * Territories are validated codes, so they are written into the SQL as literals.
 */
final class Current {
    private Current() {
    }

    /** A territory code fit for SQL: two letters or {@code unstated}; null or blank means "not chosen". */
    static String territory(String territory) {
        if (territory == null || territory.isBlank()) {
            return null;
        }
        String t = territory.strip();
        if (t.equalsIgnoreCase(fr.vodcompare.model.Snapshot.UNSTATED)) {
            return fr.vodcompare.model.Snapshot.UNSTATED;
        }
        if (!t.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("territory '" + territory + "': expected a two-letter code or 'unstated'");
        }
        return t.toUpperCase(Locale.ROOT);
    }

    /** The ids of the current snapshots ({@code SELECT id ...}). */
    static String snapshotIds(String territory) {
        String t = territory(territory);
        String newest = "SELECT x.id FROM snapshot x WHERE x.platform_id = s.platform_id %s ORDER BY x.as_of DESC, x.id DESC LIMIT 1";
        String pick = t == null ? "(" + String.format(newest, "") + ")"
                : "COALESCE((" + String.format(newest, "AND x.territory = '" + t + "'") + "), (" + String.format(newest, "") + "))";
        return "SELECT s.id FROM snapshot s WHERE s.id = " + pick;
    }

    /** The ids of the titles the current snapshots list ({@code SELECT title_id ...}). */
    static String titleIds(String territory) {
        return "SELECT p.title_id FROM title_presence p JOIN snapshot cs ON cs.platform_id = p.platform_id "
                + "AND cs.territory = p.territory AND p.last_seen = cs.as_of WHERE cs.id IN (" + snapshotIds(territory) + ")";
    }

    /** The ids of the titles one snapshot lists. */
    static String titleIdsOf(long snapshotId) {
        return "SELECT p.title_id FROM title_presence p JOIN snapshot cs ON cs.platform_id = p.platform_id "
                + "AND cs.territory = p.territory AND p.first_seen <= cs.as_of AND p.last_seen >= cs.as_of WHERE cs.id = " + snapshotId;
    }

    /**
     * A common table {@code cs} of the current snapshots (platform, territory, date), for {@link #isCurrent}:
     * written after {@code WITH}.
     */
    static String snapshotsCte(String territory) {
        return "cs AS MATERIALIZED (SELECT platform_id, territory, as_of FROM snapshot WHERE id IN (" + snapshotIds(territory) + "))";
    }

    /**
     * True when the title {@code titleId} (an SQL expression) is in a current snapshot; needs {@link #snapshotsCte}.
     * A lookup by the title's presence key, so a query driven by a small table stays small.
     */
    static String isCurrent(String titleId) {
        return "EXISTS (SELECT 1 FROM title_presence p JOIN cs ON cs.platform_id = p.platform_id AND cs.territory = p.territory "
                + "AND cs.as_of = p.last_seen WHERE p.title_id = " + titleId + ")";
    }
}
