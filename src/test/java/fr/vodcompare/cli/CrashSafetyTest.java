package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.testing.TestStores;
import fr.vodcompare.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (kill -9) in the middle of an import leaves the store exactly as it was. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheStoreAsItWas() throws Exception {
        Path db = dir.resolve("store.db");
        assertThat(new Cli(db, new PrintWriter(System.out), new PrintWriter(System.err)).run("stats")).isZero();
        String before;
        try (Store s = Store.open(db)) {
            before = TestStores.contentDigest(s);
        }
        Path big = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("x" + i + ",Movie,Title number " + i + ",Someone,\"A, B\",France,\"May 1, 2024\",2020,PG,90 min,Dramas\n");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "fr.vodcompare.app.Launcher",
                "--db", db.toString(), "--lang", "en", "import", "catalogue", big.toString(), "--platform", "big_vod"))
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("Writing to the store")) {
                // wait until the import is inside its write transaction
            }
            assertThat(line).as("the import reached its write").isNotNull();
            Thread.sleep(300);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Store s = Store.open(db)) {
            assertThat(TestStores.contentDigest(s)).isEqualTo(before);
            String integrity = s.database().read(c -> {
                try (var rs = c.prepareStatement("PRAGMA integrity_check").executeQuery()) {
                    return rs.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
        }
    }
}
