package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's file forced to disk while a large load writes it, through a channel never closed. */
class EarlyWritebackTest {
    @TempDir
    Path dir;

    @Test
    void theFileIsForcedUntilClosedThroughAChannelThatStaysOpen() throws Exception {
        Path file = dir.resolve("s.db");
        Files.write(file, new byte[1 << 16]);
        EarlyWriteback w = EarlyWriteback.start(file, 20);
        assertThat(w).isNotNull();
        for (int i = 0; i < 500 && w.forced() < 2; i++) {
            Thread.sleep(10);
        }
        w.close();
        int forced = w.forced();
        assertThat(forced).as("forced again and again while open").isGreaterThanOrEqualTo(2);
        Thread.sleep(100);
        assertThat(w.forced()).as("not after it is closed").isEqualTo(forced);
        // closing a descriptor of the file would drop the locks SQLite holds on it: the channel stays open, and is reused
        assertThat(EarlyWriteback.channelOf(file).isOpen()).isTrue();
        try (EarlyWriteback again = EarlyWriteback.start(file, 20)) {
            assertThat(again).isNotNull();
        }
        assertThat(EarlyWriteback.channelOf(file).isOpen()).isTrue();
    }

    @Test
    void itForcesTheStoresMainFileAndNothingForAStoreInMemory() throws Exception {
        Path file = dir.resolve("m.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(a)");
            try (EarlyWriteback w = EarlyWriteback.start(c)) {
                assertThat(w).isNotNull();
            }
            assertThat(EarlyWriteback.channelOf(file)).isNotNull();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(EarlyWriteback.start(c)).isNull();
        }
    }
}
