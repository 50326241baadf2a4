package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Database#writeAlone}: a command's large load holds the store alone, written with a rollback journal (its new
 * pages written once, not into the log and again into the store), and leaves it in write-ahead log mode; whenever it
 * cannot hold it alone (not allowed, a read under way, another program with the store open), an ordinary write.
 */
class WritingAloneTest {
    @TempDir
    Path dir;
    private Path file;
    private Database db;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("store.db");
        db = Database.open(file);
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE t(x INTEGER)");
                s.execute("INSERT INTO t VALUES (1)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String journal(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Writes a row and says the journal it was written with. */
    private String writeAlone(int x) throws StoreException {
        return db.writeAlone(c -> {
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO t VALUES (" + x + ")");
            }
            return journal(c);
        });
    }

    private long rows() throws StoreException {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM t")) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        });
    }

    /** The file's own header: 2 at bytes 18 and 19 for a write-ahead log store, 1 for a rollback journal one. */
    private int headerMode() throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(20);
            assertThat(head[18]).isEqualTo(head[19]);
            return head[18];
        }
    }

    @Test
    void anAllowedWriteHoldsTheStoreAloneWithARollbackJournalAndLeavesItInWalMode() throws Exception {
        assertThat(rows()).isEqualTo(1); // an idle read connection, closed by the hold
        db.allowWritingAlone();

        assertThat(writeAlone(2)).isEqualTo("delete");

        assertThat(rows()).isEqualTo(2);
        assertThat(db.read(WritingAloneTest::journal)).isEqualTo("wal");
        assertThat(headerMode()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("store.db-journal"))).isFalse();
        assertThat(db.write(WritingAloneTest::journal)).as("the writer after it").isEqualTo("wal");
    }

    @Test
    void withoutTheProcessAllowingItTheWriteUsesTheLog() throws Exception {
        assertThat(writeAlone(2)).isEqualTo("wal");
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void aFailedAloneWriteWritesNothingAndLeavesTheStoreInWalMode() throws Exception {
        db.allowWritingAlone();
        assertThatThrownBy(() -> db.writeAlone(c -> {
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO t VALUES (2)");
                s.execute("INSERT INTO no_such_table VALUES (3)");
            }
            return null;
        })).isInstanceOf(StoreException.class);

        assertThat(rows()).isEqualTo(1);
        assertThat(headerMode()).isEqualTo(2);
        assertThat(writeAlone(4)).as("the next one holds it again").isEqualTo("delete");
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void readsAskedDuringTheWriteAreRefusedSayingWhyAndServedAfter() throws Exception {
        db.allowWritingAlone();
        String[] refused = new String[1];
        db.writeAlone(c -> {
            refused[0] = CompletableFuture.supplyAsync(() -> {
                try {
                    return "read " + rows();
                } catch (StoreException e) {
                    return e.getMessage();
                }
            }).get(30, TimeUnit.SECONDS);
            return null;
        });
        assertThat(refused[0]).startsWith("Reading " + file).contains("written alone by a large import");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aReadUnderWayKeepsTheWriteOnTheLog() throws Exception {
        db.allowWritingAlone();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        var read = CompletableFuture.supplyAsync(() -> {
            try {
                return db.read(c -> {
                    reading.countDown();
                    assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
                    return journal(c);
                });
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(writeAlone(2)).isEqualTo("wal");
        } finally {
            written.countDown();
        }
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("wal");
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void anotherProgramWithTheStoreOpenKeepsTheWriteOnTheLogWithoutWaitingForIt() throws Exception {
        db.close();
        db = Database.open(file, Migrations.latest(), new Database.Options(false, 120_000));
        db.allowWritingAlone();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (var s = other.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM t")) {
                assertThat(rs.next()).isTrue(); // it has the store open, in its write-ahead log mode
            }
            long start = System.nanoTime();
            assertThat(writeAlone(2)).isEqualTo("wal");
            // not a speed target: waiting for the other program's lock would take the whole busy timeout (120 s)
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(60);
            try (var s = other.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM t")) {
                assertThat(rs.next() && rs.getLong(1) == 2).as("the other program reads the write").isTrue();
            }
        }
        assertThat(rows()).isEqualTo(2);
    }
}
