package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Database#writeNewRows}: a platform's first catalogue is written without SQLite checking each reference row by
 * row, and every other write checks them again, after a load that failed too, alone or not.
 */
class FirstLoadReferencesTest {
    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("store.db"));
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE parent(id INTEGER PRIMARY KEY)");
                s.execute("CREATE TABLE child(parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE)");
                s.execute("INSERT INTO parent VALUES (1)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static boolean checked(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private boolean dangling(int parent) {
        try {
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO child VALUES (" + parent + ")");
                }
                return null;
            });
            return true;
        } catch (StoreException refused) {
            return false;
        }
    }

    @Test
    void aFirstLoadIsNotCheckedRowByRowAndEveryOtherWriteIs() throws Exception {
        assertThat(db.write(FirstLoadReferencesTest::checked)).isTrue();
        assertThat(db.writeNewRows(FirstLoadReferencesTest::checked)).isFalse();
        assertThat(db.write(FirstLoadReferencesTest::checked)).isTrue();
        assertThat(dangling(99)).as("a reference to nothing refused after the load").isFalse();
        db.allowWritingAlone();
        assertThat(db.writeNewRows(FirstLoadReferencesTest::checked)).isFalse();
        assertThat(db.writeAlone(FirstLoadReferencesTest::checked)).isTrue();
        assertThat(dangling(99)).isFalse();
    }

    @Test
    void aFirstLoadThatFailsLeavesTheReferencesCheckedAgain() throws Exception {
        for (boolean alone : new boolean[] {false, true}) {
            if (alone) {
                db.allowWritingAlone();
            }
            assertThatThrownBy(() -> db.writeNewRows(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO child VALUES (1)");
                }
                throw new IllegalStateException("the load fails");
            })).hasMessageContaining("the load fails");
            assertThat(db.write(FirstLoadReferencesTest::checked)).isTrue();
            assertThat(dangling(99)).isFalse();
            assertThat(dangling(1)).isTrue();
        }
    }
}
