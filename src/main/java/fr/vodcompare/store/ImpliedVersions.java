package fr.vodcompare.store;

/**
 * A title's version that no row of {@code title_version} holds (schema 16). A title with no version row has one version:
 * what its row says, as of the first snapshot that lists it. A platform's first catalogue writes no version row (a
 * million rows and their key at 1,000,000 titles); a title's version is written as a row, referring to the title's row
 * (schema 13), when a later snapshot gives the title a second one ({@link SnapshotWriter}), before that version's row.
 */
public final class ImpliedVersions {
    private ImpliedVersions() {
    }

    /**
     * The first snapshot listing title ?1, other than snapshot ?2 (the one being written, whose presence is not written
     * yet): its id and date, the implied version's (bind ?1 and ?2 once).
     */
    static final String FIRST_LISTING = firstListing("o.id, o.as_of", "?1", "?2");

    private static String firstListing(String columns, String title, String except) {
        return "SELECT " + columns + " FROM title_presence p JOIN snapshot o ON o.platform_id = p.platform_id "
                + "AND o.territory = p.territory AND o.as_of >= p.first_seen AND o.as_of <= p.last_seen WHERE p.title_id = "
                + title + " AND o.id <> " + except + " ORDER BY o.as_of, o.id LIMIT 1";
    }

    /** The titles {@code t} with no version row (an SQL condition). */
    static String unversioned(String t) {
        return "NOT EXISTS (SELECT 1 FROM title_version w WHERE w.title_id = " + t + ".id)";
    }

    /**
     * Every title's versions as the app reads them: (title_id, snapshot_id, as_of, match_rule, whether it refers to the
     * title's row), the rows and the implied ones.
     */
    public static final String ALL = "SELECT title_id, snapshot_id, as_of, match_rule, name IS NULL AS ref FROM title_version UNION ALL "
            + "SELECT t.id, f.id, f.as_of, NULL, 1 FROM title t JOIN snapshot f ON f.id = (" + firstListing("o.id", "t.id", "-1")
            + ") WHERE " + unversioned("t");
}
