package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index built aside from the texts handed over through its file, then put in place of the store's. */
class FtsAsideTest {
    @TempDir
    Path dir;

    @Test
    void textsOfEveryShapeAreIndexedAsTheirRowsHoldThem() throws Exception {
        List<String> filesBefore = filesAside();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE title(id INTEGER PRIMARY KEY, name TEXT, director TEXT, cast_list TEXT)");
                s.execute("CREATE VIRTUAL TABLE title_fts USING fts5(name, director, cast_list, content = 'title', "
                        + "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')");
                s.execute("INSERT INTO title VALUES (1, 'Marseille', 'Florent Siri', 'Gérard Depardieu'), (2, 'Osmosis', NULL, NULL)");
                s.execute("INSERT INTO title_fts(title_fts) VALUES ('rebuild')");
            }
            c.setAutoCommit(false);
            // a cast list of 600 KB: larger than a block of the texts' file and than the thread's first buffer
            StringBuilder huge = new StringBuilder();
            for (int i = 0; huge.length() < 600_000; i++) {
                huge.append("Acteur").append(i).append(", ");
            }
            huge.append("Zygomatique");
            List<Object[]> rows = new ArrayList<>();
            for (long id = 3; id < 5_000; id++) {
                rows.add(new Object[] {id, "Élite " + id, id % 2 == 0 ? null : "Réalisatrice " + id % 50, id == 2_500 ? huge.toString()
                        : id % 3 == 0 ? "" : "Omar Sy, Ludivine Sagnier"});
            }
            FtsAside aside = FtsAside.start(c, 2, 1);
            assertThat(aside).isNotNull();
            try (aside; PreparedStatement ins = c.prepareStatement("INSERT INTO title VALUES (?, ?, ?, ?)")) {
                for (Object[] r : rows) {
                    ins.setLong(1, (Long) r[0]);
                    for (int i = 1; i < 4; i++) {
                        ins.setString(i + 1, (String) r[i]);
                    }
                    ins.executeUpdate();
                    aside.add((Long) r[0], (String) r[1], (String) r[2], (String) r[3]);
                }
                assertThat(aside.swapInto(c)).isTrue();
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("DETACH DATABASE " + FtsAside.SCHEMA);
                }
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO title_fts(title_fts, rank) VALUES ('integrity-check', 1)"); // the index says what the rows say
            }
            assertThat(ids(c, "zygomatique")).containsExactly(2_500L);
            assertThat(ids(c, "marseille")).containsExactly(1L);
            assertThat(ids(c, "osmosis")).containsExactly(2L);
            assertThat(ids(c, "{name}: elite")).hasSize(4_997);
            assertThat(ids(c, "realisatrice")).hasSize(2_499);
            assertThat(ids(c, "sagnier")).hasSize(4_997 - 1_666 - 1);
        }
        assertThat(filesAside()).as("the index's file and the texts' file deleted").isEqualTo(filesBefore);
    }

    @Test
    void pacedItIndexesItsShareOfTheTextsUntilTheRowsAreInThenAll() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE title(id INTEGER PRIMARY KEY, name TEXT, director TEXT, cast_list TEXT)");
                s.execute("CREATE VIRTUAL TABLE title_fts USING fts5(name, director, cast_list, content = 'title', "
                        + "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')");
            }
            c.setAutoCommit(false);
            FtsAside aside = FtsAside.start(c, 0, 0.25);
            assertThat(aside).isNotNull();
            try (aside; PreparedStatement ins = c.prepareStatement("INSERT INTO title VALUES (?, ?, ?, ?)")) {
                for (long id = 1; id <= 20_000; id++) {
                    String name = "Titre " + id;
                    ins.setLong(1, id);
                    ins.setString(2, name);
                    ins.setString(3, null);
                    ins.setString(4, "Omar Sy");
                    ins.executeUpdate();
                    aside.add(id, name, null, "Omar Sy");
                }
                long[] p = waitUntilStill(aside);
                assertThat(p[0]).as("texts handed over").isGreaterThan(100_000);
                assertThat(p[1]).as("read of them while the rows are written: a quarter, not more")
                        .isGreaterThan(0).isLessThanOrEqualTo(p[0] / 4);
                aside.rowsIn();
                p = waitUntilStill(aside);
                assertThat(p[1]).as("all read once the rows are in").isEqualTo(p[0]);
                assertThat(aside.swapInto(c)).isTrue();
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("DETACH DATABASE " + FtsAside.SCHEMA);
                }
            }
            c.setAutoCommit(true);
            assertThat(ids(c, "omar")).hasSize(20_000);
            assertThat(ids(c, "titre 19999")).containsExactly(19_999L);
        }
    }

    /** The aside's progress once its thread has read nothing more for a while (it reads as soon as it may). */
    private static long[] waitUntilStill(FtsAside aside) throws InterruptedException {
        long[] last = aside.progress();
        for (int still = 0, i = 0; still < 5 && i < 1_000; i++) {
            Thread.sleep(40);
            long[] now = aside.progress();
            still = java.util.Arrays.equals(now, last) ? still + 1 : 0;
            last = now;
        }
        return last;
    }

    private static List<String> filesAside() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("vodcompare-fts-")).sorted().toList();
        }
    }

    private static List<Long> ids(Connection c, String query) throws Exception {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM title_fts WHERE title_fts MATCH ? ORDER BY rowid")) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
