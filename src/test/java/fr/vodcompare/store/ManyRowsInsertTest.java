package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows written many per statement: all of them, in order, with their values as set, the last ones at the flush. */
class ManyRowsInsertTest {
    @Test
    void everyRowIsWrittenInOrderWithItsValuesTheLastOnesWhenFlushed() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(n INTEGER PRIMARY KEY AUTOINCREMENT, a INTEGER, b TEXT, c INTEGER, d BLOB)");
            }
            try (ManyRowsInsert m = new ManyRowsInsert(c, "INSERT INTO t(a, b, c, d)", 4, 7)) {
                for (long i = 0; i < 23; i++) {
                    m.set(1, i);
                    m.set(2, i % 5 == 0 ? null : "é" + i);
                    m.set(3, i % 3 == 0 ? null : Integer.valueOf((int) i * 2));
                    m.set(4, i == 22 ? new byte[] {1, 2} : null);
                    m.endRow();
                    if (i == 20) {
                        assertThat(rows(c)).as("three statements of seven written, the rest waiting").hasSize(21);
                    }
                }
                assertThat(rows(c)).hasSize(21);
                m.flush();
            }
            List<String> expected = new ArrayList<>();
            for (long i = 0; i < 23; i++) {
                expected.add((i + 1) + "|" + i + "|" + (i % 5 == 0 ? null : "é" + i) + "|" + (i % 3 == 0 ? null : i * 2) + "|"
                        + (i == 22 ? "blob" : "null"));
            }
            assertThat(rows(c)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aStatementThatFailsSaysWhy() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(a INTEGER PRIMARY KEY)");
            }
            try (ManyRowsInsert m = new ManyRowsInsert(c, "INSERT INTO t(a)", 1, 3)) {
                m.set(1, 1L);
                m.endRow();
                m.set(1, 1L);
                m.endRow();
                m.set(1, 2L);
                assertThatThrownBy(m::endRow).isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
            }
        }
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT n, a, b, c, typeof(d) FROM t ORDER BY n")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getObject(4) + "|" + rs.getString(5));
            }
        }
        return out;
    }
}
