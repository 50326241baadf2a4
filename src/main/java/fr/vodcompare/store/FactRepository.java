package fr.vodcompare.store;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.FactStatus;
import fr.vodcompare.model.Qualifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Sourced figures (CNC counts, audience reach, spend estimates...). */
public final class FactRepository {
    private static final String COLUMNS = "f.id, f.metric, f.platform_id, f.platform_label, f.period, f.value_low, "
            + "f.value_high, f.value_text, f.unit, s.citation, s.url, f.note, f.status, f.qualifier, f.scope, f.publisher";
    private final Database db;

    FactRepository(Database db) {
        this.db = db;
    }

    /**
     * Inserts a fact inside the caller's transaction; the same figure from the same source is stored once.
     *
     * @return true when it was new
     */
    static boolean insert(Connection c, Fact f, boolean bundled) throws SQLException {
        long sourceId = SourceRows.id(c, f.source());
        try (var ps = c.prepareStatement("INSERT INTO fact(metric, platform_id, platform_label, period, value_low, value_high, "
                + "value_text, unit, source_id, note, bundled, status, qualifier, scope, publisher) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT DO NOTHING")) {
            ps.setString(1, f.metric());
            ps.setString(2, f.platformId());
            ps.setString(3, f.platformLabel());
            ps.setString(4, f.period());
            setDouble(ps, 5, f.low());
            setDouble(ps, 6, f.high());
            ps.setString(7, f.valueText());
            ps.setString(8, f.unit());
            ps.setLong(9, sourceId);
            ps.setString(10, f.note());
            ps.setInt(11, bundled ? 1 : 0);
            ps.setString(12, f.status() == FactStatus.NOT_STATED ? null : f.status().code());
            ps.setString(13, f.qualifier().sign());
            ps.setString(14, f.scope());
            ps.setString(15, f.publisher());
            return ps.executeUpdate() == 1;
        }
    }

    private static void setDouble(java.sql.PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    /** Every fact, by metric, platform and period. */
    public List<Fact> all() throws StoreException {
        return query("1 = 1", null);
    }

    /** The facts of one metric ({@code catalogue_size_titles}, {@code platform_reach_among_vod_consumers}...). */
    public List<Fact> byMetric(String metric) throws StoreException {
        return query("f.metric = ?", metric);
    }

    private List<Fact> query(String where, String arg) throws StoreException {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM fact f JOIN source s ON s.id = f.source_id WHERE "
                    + where + " ORDER BY f.metric, f.platform_label, f.period, f.id")) {
                if (arg != null) {
                    ps.setString(1, arg);
                }
                List<Fact> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Fact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                (Double) rs.getObject(6), (Double) rs.getObject(7), rs.getString(8), rs.getString(9),
                                SourceRows.source(rs.getString(10), rs.getString(11)), rs.getString(12),
                                FactStatus.parse(rs.getString(13)), Qualifier.parse(rs.getString(14)), rs.getString(15),
                                rs.getString(16)));
                    }
                }
                return out;
            }
        });
    }
}
