package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * An insert written many rows per statement ({@code INSERT … VALUES (…), (…), …}): the values of a row are set, then the
 * row ended; every {@code rows} rows are one statement, and {@link #flush} writes the rows still waiting one statement
 * each. The driver makes several calls into SQLite per statement whatever its size (reset, each value, step, changes):
 * the 2,600,000 genre and country links of a 1,000,000-title import took 1.8-2.6 s written a row per statement, 0.7-1.1 s
 * fifty rows per statement (the same rows, in a test program). Rows are written in the order they were ended.
 */
final class ManyRowsInsert implements AutoCloseable {
    private final PreparedStatement many;
    private final PreparedStatement one;
    private final int columns;
    private final int rows;
    /** The values of the rows not written yet, row after row. */
    private final Object[] values;
    private int waiting;

    /**
     * {@code head}: the statement up to {@code VALUES} ({@code INSERT OR IGNORE INTO t(a, b)}), for rows of
     * {@code columns} values, {@code rows} of them per statement.
     */
    ManyRowsInsert(Connection c, String head, int columns, int rows) throws SQLException {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException(columns + " columns, " + rows + " rows");
        }
        this.columns = columns;
        this.rows = rows;
        this.values = new Object[columns * rows];
        String row = "(" + String.join(",", java.util.Collections.nCopies(columns, "?")) + ")";
        one = c.prepareStatement(head + " VALUES " + row);
        PreparedStatement m = null;
        try {
            m = rows == 1 ? null : c.prepareStatement(head + " VALUES " + String.join(",", java.util.Collections.nCopies(rows, row)));
        } catch (SQLException e) {
            one.close();
            throw e;
        }
        many = m;
    }

    /** Sets value {@code column} (from 1) of the row being made: a String, Integer, Long, Double, byte[] or null. */
    void set(int column, Object value) {
        values[waiting * columns + column - 1] = value;
    }

    /** Ends the row being made; writes a statement of rows when there are enough of them. */
    void endRow() throws SQLException {
        if (++waiting < rows) {
            return;
        }
        if (many == null) {
            write(one, 0);
        } else {
            for (int i = 0; i < values.length; i++) {
                many.setObject(i + 1, values[i]);
            }
            many.executeUpdate();
        }
        waiting = 0;
    }

    /** Writes the rows still waiting. */
    void flush() throws SQLException {
        for (int r = 0; r < waiting; r++) {
            write(one, r);
        }
        waiting = 0;
        Arrays.fill(values, null);
    }

    private void write(PreparedStatement ps, int row) throws SQLException {
        for (int i = 0; i < columns; i++) {
            ps.setObject(i + 1, values[row * columns + i]);
        }
        ps.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        try {
            one.close();
        } finally {
            if (many != null) {
                many.close();
            }
        }
    }
}
