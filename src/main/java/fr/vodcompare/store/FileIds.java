package fr.vodcompare.store;

/**
 * The titles a platform's file ids name (schema 14). A title made from a row with an id has that id in its key
 * ({@code ext_key = 'id:' || id}, {@link SnapshotWriter#fileKey}): the id names it without a row of {@code title_ident}.
 * {@code title_ident} keeps only the ids a key does not say: an id a later file gave a title it matched otherwise, an id
 * whose title's key had to be made unique ({@code 'id:X#n'}), an id holding a '#' (such keys are never read as ids).
 * As before, the first title to hold an id keeps it: a row of {@code title_ident} comes before a key, and no row is
 * written for an id a key already says.
 */
public final class FileIds {
    private FileIds() {
    }

    /** The key of a title that names id {@code sid} (an SQL expression), if its key does. */
    private static String keyOf(String sid) {
        return "'id:' || " + sid;
    }

    /**
     * A join (after a table or subquery giving the id as {@code sid}) making {@code alias}.title_id the title that id names
     * on platform {@code platform} (an SQL expression), or NULL: {@code LEFT JOIN}s, so the left side stays the outer loop.
     */
    static String join(String platform, String sid, String alias) {
        return " LEFT JOIN title_ident " + alias + "_i ON " + alias + "_i.platform_id = " + platform + " AND " + alias
                + "_i.show_id = " + sid + " LEFT JOIN title " + alias + "_k ON " + alias + "_i.title_id IS NULL AND " + alias
                + "_k.platform_id = " + platform + " AND " + alias + "_k.ext_key = " + keyOf(sid) + " AND instr(" + sid + ", '#') = 0";
    }

    /** With {@link #join}: the title the id names, or NULL. */
    static String titleId(String alias) {
        return "COALESCE(" + alias + "_i.title_id, " + alias + "_k.id)";
    }

    /** The titles {@code t} whose key says an id that no row of {@code title_ident} names another title by (an SQL condition). */
    private static String idInKey(String t) {
        return t + ".ext_key >= 'id:' AND " + t + ".ext_key < 'id;' AND instr(" + t + ".ext_key, '#') = 0 AND NOT EXISTS "
                + "(SELECT 1 FROM title_ident i WHERE i.platform_id = " + t + ".platform_id AND i.show_id = substr(" + t + ".ext_key, 4))";
    }

    /** Every id a platform's files gave its titles: (platform_id, show_id, title_id). */
    public static final String ALL = "SELECT platform_id, show_id, title_id FROM title_ident UNION ALL "
            + "SELECT t.platform_id, substr(t.ext_key, 4), t.id FROM title t WHERE " + idInKey("t");

    /** The number of ids the titles of platform ?1 hold (bound once as ?1). */
    static final String COUNT_OF_PLATFORM = "SELECT (SELECT COUNT(*) FROM title_ident WHERE platform_id = ?1) + (SELECT COUNT(*) "
            + "FROM title t WHERE t.platform_id = ?1 AND " + idInKey("t") + ")";

    /**
     * Remembers that id ?2 names title ?3 on platform ?1, unless an id row or a title's key names a title already (bind
     * the three once).
     */
    static final String REMEMBER = "INSERT OR IGNORE INTO title_ident(platform_id, show_id, title_id) SELECT ?1, ?2, ?3 "
            + "WHERE instr(?2, '#') > 0 OR NOT EXISTS (SELECT 1 FROM title WHERE platform_id = ?1 AND ext_key = " + keyOf("?2") + ")";
}
