package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One-statement helpers of the store's writers, on the caller's connection. */
final class Sql {
    private Sql() {
    }

    /** The first column of the first row of {@code sql} with {@code args} bound in order, as a number; 0 without a row. */
    static long single(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = bound(c, sql, args); var rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Runs {@code sql} with {@code args} bound in order; returns the rows it changed. */
    static int exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = bound(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement bound(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
