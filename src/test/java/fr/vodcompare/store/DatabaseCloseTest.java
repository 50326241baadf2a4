package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the store stops the reads under way (a count over a million titles must not hold the window's exit) and
 * closes every connection, so SQLite removes its write-ahead log: a log left beside the store makes the next start
 * check the whole file.
 */
class DatabaseCloseTest {
    @TempDir
    Path dir;

    @Test
    void closingInterruptsAReadUnderWayAndLeavesNoLog() throws Exception {
        Path file = dir.resolve("store.db");
        Database db = Database.open(file);
        db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                return rs.next();
            }
        });
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Long> endless = CompletableFuture.supplyAsync(() -> {
            try {
                return db.read(c -> {
                    try (var s = c.createStatement()) {
                        started.countDown();
                        // never ends by itself
                        try (var rs = s.executeQuery("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                + "SELECT count(*) FROM n")) {
                            return rs.next() ? rs.getLong(1) : -1L;
                        }
                    }
                });
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(dir.resolve("store.db-wal"))).isTrue();
        assertThat(db.closed()).isFalse();
        db.close();
        assertThat(db.closed()).as("a read failing from now on was stopped by the close").isTrue();
        // the hang guard only: the read fails as soon as it is interrupted
        assertThatThrownBy(() -> endless.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(java.sql.SQLException.class);
        assertThat(Files.exists(dir.resolve("store.db-wal"))).isFalse();
        assertThatThrownBy(() -> db.read(c -> 1)).isInstanceOf(StoreException.class);
    }
}
