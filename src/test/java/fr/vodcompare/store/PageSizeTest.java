package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store made now has 16 KB pages; a store made before keeps its pages and opens as it did. */
class PageSizeTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreIsMadeWithSixteenKilobytePages() throws Exception {
        Path file = dir.resolve("new.db");
        try (Store store = Store.open(file)) {
            assertThat(store.titles().platformCounts()).isNotNull();
        }
        assertThat(pageSize(file)).isEqualTo(Database.PAGE_SIZE).isEqualTo(16_384);
    }

    @Test
    void aStoreMadeBeforeKeepsItsPages() throws Exception {
        Path file = dir.resolve("v11.db");
        try (InputStream in = PageSizeTest.class.getResourceAsStream("v11-store.db")) {
            Files.copy(in, file);
        }
        assertThat(pageSize(file)).isEqualTo(4_096);
        try (Store store = Store.open(file)) {
            assertThat(store.titles().platformCounts()).isNotEmpty();
        }
        assertThat(pageSize(file)).isEqualTo(4_096);
    }

    private static long pageSize(Path file) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement();
             var rs = s.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
