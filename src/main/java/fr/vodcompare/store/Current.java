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
}
