package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.ImportReplay;
import fr.vodcompare.ingest.KeptImports;
import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (kill -9) in the middle of an import leaves the store exactly as it was: twenty kills, each at a
 * random point of the import's write transaction. The import says when its transaction is open (a debug log line
 * of the store); a first import, not killed, measures how long its writing lasts, and each kill lands at a random
 * time within the first half of that, while the process is provably still running and has not committed. The import
 * is a platform's first, which a command writes holding the store alone with a rollback journal: a kill leaves the
 * journal, played back at the next open.
 */
class CrashSafetyTest {
    private static final int KILLS = 20;
    private static final String OPEN = "Write transaction open";

    @TempDir
    Path dir;

    private Path catalogue() throws Exception {
        Path big = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in\n");
            for (int i = 0; i < 20_000; i++) {
                out.write("x" + i + ",Movie,Title number " + i + ",Someone,\"A, B\",France,\"May 1, 2024\",2020,PG,90 min,Dramas\n");
            }
        }
        return big;
    }

    private static Process start(Path db, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Dvodcompare.log=debug", "-cp", System.getProperty("java.class.path"),
                "fr.vodcompare.app.Launcher", "--db", db.toString(), "--lang", "en", "import", "catalogue", file.toString(),
                "--platform", "big_vod")).redirectErrorStream(true).start();
    }

    /** Reads the process's output until the import's write transaction is open; false if it ended first. */
    private static boolean awaitTransaction(BufferedReader lines) throws Exception {
        boolean writing = false;
        String line;
        while ((line = lines.readLine()) != null) {
            writing |= line.startsWith("Writing to the store");
            if (writing && line.contains(OPEN)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(Path db) throws Exception {
        try (Store s = Store.open(db)) {
            return TestStores.contentDigest(s);
        }
    }

    /** Puts the store back as it was before an import that finished, with no copy of the file kept beside it. */
    private static void restore(Path pristine, Path db) throws Exception {
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
        Files.copy(pristine, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path kept = KeptImports.beside(db).folder();
        if (Files.isDirectory(kept)) {
            try (var files = Files.list(kept)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(kept);
        }
    }

    @Test
    void importsKilledAtRandomPointsOfTheirWriteLeaveTheStoreAsItWas() throws Exception {
        Path db;
        try (Store s = TestStores.bundledCopy(dir)) {
            db = s.database().file();
        }
        String before = digest(db);
        Path big = catalogue();

        // how long the write lasts, on this machine now: an import into a copy, not killed
        Path copy = dir.resolve("copy.db");
        Files.copy(db, copy);
        Process whole = start(copy, big);
        long writeNanos;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(whole.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(awaitTransaction(lines)).as("the import opened its write transaction").isTrue();
            long open = System.nanoTime();
            lines.transferTo(java.io.Writer.nullWriter());
            assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
            writeNanos = System.nanoTime() - open;
        }
        assertThat(whole.exitValue()).isZero();
        try (var in = Files.newInputStream(copy)) {
            byte[] head = in.readNBytes(20);
            assertThat(new byte[] {head[18], head[19]}).as("the store left in write-ahead log mode").containsExactly(2, 2);
        }
        assertThat(copy.resolveSibling("copy.db-journal")).doesNotExist();
        assertThat(digest(copy)).as("the import, not killed, changes the store").isNotEqualTo(before);
        assertThat(KeptImports.beside(copy).entries()).as("the import, not killed, keeps a copy of its file")
                .singleElement().satisfies(e -> assertThat(e.state()).isEqualTo("committed"));

        Random random = new Random();
        Path pristine = dir.resolve("pristine.db");
        Files.copy(db, pristine);
        int landed = 0;
        int journals = 0;
        for (int attempt = 1; landed < KILLS && attempt <= 3 * KILLS; attempt++) {
            Process p = start(db, big);
            boolean alive;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(awaitTransaction(lines)).as("attempt %d: the import reached its write", attempt).isTrue();
                TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * writeNanos / 2));
                alive = p.isAlive();
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            if (!alive) {
                // on a loaded machine the import may finish before the kill: that one proves nothing, start again
                restore(pristine, db);
                continue;
            }
            landed++;
            // a command's first load of a platform holds the store alone, with a rollback journal (Database#writeAlone)
            if (Files.exists(db.resolveSibling(db.getFileName() + "-journal"))) {
                journals++;
            }
            assertThat(digest(db)).as("kill %d: the store is as it was", landed).isEqualTo(before);
        }
        assertThat(landed).as("kills that landed while the import ran").isEqualTo(KILLS);
        assertThat(journals).as("kills that left a rollback journal, played back at the next open").isPositive();
        // a killed import may leave the copy it was keeping, never one the store counts: the next open removes it
        assertThat(KeptImports.beside(db).entries()).allSatisfy(e -> assertThat(e.state()).isEqualTo("pending"));
        try (Store s = Store.open(db)) {
            assertThat(s.database().check()).as("SQLite's integrity check").isEmpty();
            assertThat(ImportReplay.restore(s, f -> { }).replayed()).isZero();
        }
        assertThat(KeptImports.beside(db).entries()).isEmpty();
    }
}
