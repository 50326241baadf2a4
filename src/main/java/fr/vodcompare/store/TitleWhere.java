package fr.vodcompare.store;

import fr.vodcompare.model.Normalise;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The SQL conditions (on the title alias {@code t}) of a {@link TitleFilter}, with the values to bind. */
final class TitleWhere {
    private static final String REGION = "EXISTS (SELECT 1 FROM title_country tc JOIN country k ON k.id = tc.country_id "
            + "WHERE tc.title_id = t.id AND k.region IN ";

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    private TitleWhere() {
    }

    static TitleWhere of(Connection c, TitleFilter f) throws SQLException {
        return of(c, f, false, null);
    }

    /**
     * As {@link #of(Connection, TitleFilter)}, with the condition {@code listed} (null: none) written as the list of the
     * ids of the titles that pass it, read by an index of its own ({@link FilterPlan}): the same titles pass.
     */
    static TitleWhere of(Connection c, TitleFilter f, FilterPlan.Listed listed) throws SQLException {
        return of(c, f, false, listed);
    }

    /**
     * The titles that only a missing field keeps out of {@code f}: each condition on a field a title
     * may lack (countries, release year, date added) also lets a blank through, and at least one of
     * those fields must be blank. Every other condition holds as in {@link #of(Connection, TitleFilter)}.
     */
    static TitleWhere blanksOnly(Connection c, TitleFilter f) throws SQLException {
        return of(c, f, true, null);
    }

    private static TitleWhere of(Connection c, TitleFilter f, boolean blanks, FilterPlan.Listed listed) throws SQLException {
        TitleWhere w = new TitleWhere();
        List<String> blankFields = new ArrayList<>();
        if (!f.platformIds().isEmpty()) {
            String in = "platform_id IN " + marks(f.platformIds().size());
            w.add(listed == FilterPlan.Listed.PLATFORMS ? "t.id IN (SELECT lp.id FROM title lp WHERE lp." + in + ")" : "t." + in,
                    f.platformIds().toArray());
        }
        if (f.kind() != null) {
            // the platform and kind index, each platform in turn (every title has its platform: a foreign key)
            w.add(listed == FilterPlan.Listed.KIND ? "t.id IN (SELECT lk.id FROM title lk WHERE lk.platform_id IN "
                    + "(SELECT id FROM platform) AND lk.kind = ?)" : "t.kind = ?", f.kind().code());
        }
        if (f.genreId() != null) {
            w.add(listed == FilterPlan.Listed.GENRE ? "t.id IN (SELECT tg.title_id FROM title_genre tg WHERE tg.genre_id = ?)"
                    : "EXISTS (SELECT 1 FROM title_genre tg WHERE tg.title_id = t.id AND tg.genre_id = ?)", f.genreId());
        }
        if (listed == FilterPlan.Listed.ORIGIN && f.origin() != TitleFilter.Origin.OUTSIDE_EUROPE) {
            w.add("t.id IN (SELECT tc.title_id FROM title_country tc JOIN country k ON k.id = tc.country_id WHERE k.region IN "
                    + (f.origin() == TitleFilter.Origin.FRANCE ? "('FRANCE'))" : "('FRANCE','EUROPE'))"));
        } else if (f.origin() != null) {
            switch (f.origin()) {
                case FRANCE: w.field(blanks, blankFields, "t.country_text", REGION + "('FRANCE'))"); break;
                case EUROPE: w.field(blanks, blankFields, "t.country_text", REGION + "('FRANCE','EUROPE'))"); break;
                default: w.field(blanks, blankFields, "t.country_text",
                        "t.country_text IS NOT NULL AND NOT " + REGION + "('FRANCE','EUROPE'))");
            }
        }
        if (listed == FilterPlan.Listed.YEARS) {
            w.add("t.id IN (SELECT ly.id FROM title ly WHERE ly.release_year >= ? AND ly.release_year <= ?)",
                    f.yearFrom() == null ? Integer.MIN_VALUE : f.yearFrom(), f.yearTo() == null ? Integer.MAX_VALUE : f.yearTo());
        } else {
            if (f.yearFrom() != null) {
                w.field(blanks, blankFields, "t.release_year", "t.release_year >= ?", f.yearFrom());
            }
            if (f.yearTo() != null) {
                w.field(blanks, blankFields, "t.release_year", "t.release_year <= ?", f.yearTo());
            }
        }
        if (f.addedFrom() != null) {
            w.field(blanks, blankFields, "t.date_added", "t.date_added >= ?", f.addedFrom().toString());
        }
        if (f.addedTo() != null) {
            w.field(blanks, blankFields, "t.date_added", "t.date_added <= ?", f.addedTo().toString());
        }
        if (blanks) {
            w.add(blankFields.isEmpty() ? "0" : "(" + String.join(" OR ", blankFields) + ")");
        }
        if (f.originalsOnly()) {
            w.originals(c);
        }
        if (listed == FilterPlan.Listed.SNAPSHOT) {
            w.add("t.id IN (" + Current.titleIdsOf(f.snapshotId()) + ")");
        } else {
            w.snapshots(f.snapshotId(), f.territory());
        }
        return w;
    }

    /**
     * {@code f}'s conditions but the catalogues shown (snapshot or current ones), and these apart: a walk in title
     * order tests its matches only against the catalogues, not every title it reads. {@code [0]}: the rest,
     * {@code [1]}: the catalogues.
     */
    static TitleWhere[] split(Connection c, TitleFilter f) throws SQLException {
        TitleWhere all = of(c, f, false, null);
        TitleWhere scope = new TitleWhere();
        scope.snapshots(f.snapshotId(), f.territory());
        TitleWhere rest = new TitleWhere();
        String sql = all.sql.toString();
        rest.sql.append(sql, 0, sql.length() - scope.sql.length());
        rest.args.addAll(all.args);
        return new TitleWhere[] {rest, scope};
    }

    /**
     * As {@link #split}, with the catalogues shown resolved first (one read of the snapshots): {@code [1]} is then a
     * lookup of the title's presence against their platform, territory and date as values, quicker to test on a batch
     * of titles by id than the query of the current snapshots, which SQLite runs again for each title.
     */
    static TitleWhere[] splitResolved(Connection c, TitleFilter f) throws SQLException {
        TitleWhere rest = split(c, f)[0];
        boolean one = f.snapshotId() != null;
        String snapshots = one ? "SELECT " + f.snapshotId() : Current.snapshotIds(f.territory());
        String seen = one ? "tp.first_seen <= ? AND tp.last_seen >= ?" : "tp.last_seen = ?";
        TitleWhere scope = new TitleWhere();
        StringJoiner any = new StringJoiner(" OR ", "(", ")");
        try (var ps = c.prepareStatement("SELECT platform_id, territory, as_of FROM snapshot WHERE id IN (" + snapshots + ")");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                any.add("(tp.platform_id = ? AND tp.territory = ? AND " + seen + ")");
                scope.args.addAll(one ? List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(3))
                        : List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        scope.add(scope.args.isEmpty() ? "0" : "EXISTS (SELECT 1 FROM title_presence tp WHERE tp.title_id = t.id AND " + any + ")");
        return new TitleWhere[] {rest, scope};
    }

    /** A condition on a field a title may lack; with {@code blanks}, a blank field passes too. */
    private void field(boolean blanks, List<String> blankFields, String column, String condition, Object... values) {
        if (!blanks) {
            add(condition, values);
            return;
        }
        String isNull = column + " IS NULL";
        add("(" + isNull + " OR (" + condition + "))", values);
        if (!blankFields.contains(isNull)) {
            blankFields.add(isNull);
        }
    }

    private void add(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        args.addAll(List.of(values));
    }

    private static String marks(int n) {
        StringJoiner j = new StringJoiner(",", "(", ")");
        for (int i = 0; i < n; i++) {
            j.add("?");
        }
        return j.toString();
    }

    /** Originals are matched by platform and normalised title (the originals list has no ids). */
    private void originals(Connection c) throws SQLException {
        List<Object> pairs = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT platform_id, title FROM original"); var rs = ps.executeQuery()) {
            while (rs.next()) {
                pairs.add(rs.getString(1));
                pairs.add(Normalise.text(rs.getString(2)));
            }
        }
        if (pairs.isEmpty()) {
            add("0");
            return;
        }
        StringJoiner values = new StringJoiner(",", "(VALUES ", ")");
        for (int i = 0; i < pairs.size() / 2; i++) {
            values.add("(?,?)");
        }
        add("(t.platform_id, t.norm_name) IN " + values, pairs.toArray());
    }

    /**
     * Only the titles of one snapshot, or of each platform's current snapshot (in a territory): a lookup of the
     * title's presence by its key, so a query walking an index in order stops after a page instead of first
     * gathering the ids of every current title.
     */
    private void snapshots(Long snapshotId, String territory) {
        String snapshots = snapshotId == null ? Current.snapshotIds(territory) : "SELECT " + snapshotId;
        String seen = snapshotId == null ? "tp.last_seen = sn.as_of" : "tp.first_seen <= sn.as_of AND tp.last_seen >= sn.as_of";
        add("EXISTS (SELECT 1 FROM title_presence tp JOIN snapshot sn ON sn.platform_id = tp.platform_id "
                + "AND sn.territory = tp.territory AND " + seen + " WHERE tp.title_id = t.id AND sn.id IN (" + snapshots + "))");
    }

    /** " AND ..." to append to a WHERE clause, or "". */
    String and() {
        return sql.toString();
    }

    /** Binds the values from parameter {@code first}; returns the next free parameter index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object o : args) {
            ps.setObject(i++, o);
        }
        return i;
    }
}
