package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's faults seen from the command line: a sentence and an exit status, never a stack trace. */
class StoreCommandsTest {
    @TempDir
    Path dir;
    Path db;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void store() throws Exception {
        try (Store s = TestStores.bundledCopy(dir)) {
            db = s.database().file();
        }
    }

    Run run(String... args) {
        return runIn("en", args);
    }

    Run runIn(String lang, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--db", db.toString(), "--lang", lang), Stream.of(args)).toArray(String[]::new);
        int status = new Cli(db, new PrintWriter(out), new PrintWriter(err)).run(all);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void checkSaysOkForASoundStore() {
        Run r = run("check");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("ok: " + db + " passed SQLite's integrity check" + System.lineSeparator());
    }

    @Test
    void checkFindsADamagedStoreAndWritesAreRefusedFromThenOn() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[16 * 1024];
            Arrays.fill(junk, (byte) 0xA5);
            f.seek(f.length() / 2 / 4096 * 4096);
            f.write(junk);
        }
        Run r = run("check");
        assertThat(r.status()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).startsWith("Error: " + db + " is damaged (").contains("nothing will be written to it");
        Run rename = run("import", "facts", Files.writeString(dir.resolve("f.csv"),
                "metric,platform,period,value,unit,source,source_url,note\nm,netflix,2020,1,titles,S,,\n").toString());
        assertThat(rename.status()).isEqualTo(Cli.FAILED);
        assertThat(rename.err()).contains("is damaged").doesNotContain("\tat ");
        Run french = runIn("fr", "check");
        assertThat(french.err()).as("in French").startsWith("Erreur : " + db + " est abîmé ou n’est pas un fichier de données "
                + "de VOD Compare (").contains("rien n’y sera écrit").doesNotContain("is damaged");
    }

    @Test
    void rebuildSetsADamagedStoreAsideAndBringsBackTheImportsKeptBesideIt() throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.csv"), "show_id,type,title,director,cast,country,date_added,"
                + "release_year,rating,duration,listed_in,description\nm1,Movie,Mine,,,France,,2001,,,,\nm2,Movie,Yours,,,,,2002,,,,\n");
        Run imported = run("import", "catalogue", mine.toString(), "--platform", "acme", "--as-of", "2020-01-01", "--territory", "FR");
        assertThat(imported.status()).as(imported.err()).isZero();
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[16 * 1024];
            Arrays.fill(junk, (byte) 0xA5);
            f.seek(f.length() / 2 / 4096 * 4096);
            f.write(junk);
        }

        Run r = run("rebuild");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains(db + " is damaged (").contains("it was set aside as " + db + ".broken-")
                .contains("Importing again mine.csv, kept beside the store").doesNotContain("\tat ");
        try (var aside = Files.list(dir)) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(db.getFileName() + ".broken-"));
        }
        Run snapshots = run("snapshots", "--platform", "acme");
        assertThat(snapshots.out()).contains("acme").contains("2020-01-01").contains("FR");
        assertThat(run("check").status()).isZero();
    }

    @Test
    void aStoreWithANegativeSchemaVersionIsASentence() throws Exception {
        try (Store s = Store.open(db)) {
            s.database().write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("PRAGMA user_version = -1");
                }
                return null;
            });
        }
        Run r = run("stats");
        assertThat(r.status()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("schema version is -1").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dvodcompare.headless=true", "-cp", System.getProperty("java.class.path"), "fr.vodcompare.app.Launcher"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Run process(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** A read-only mount, made in a mount namespace of the command's own (nothing changes outside it). */
    @Test
    void aStoreOnAReadOnlyMountReadsAndSaysWhyItCannotWrite() throws Exception {
        Path folder = db.getParent();
        List<String> probe = List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && ! touch \"$0/probe\"", folder.toString());
        Run can;
        try {
            can = process(probe);
        } catch (java.io.IOException noUnshare) {
            can = new Run(1, "", noUnshare.getMessage());
        }
        assumeTrue(can.status() == 0, "no read-only mount can be made here: " + can.err());
        String mount = "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"";
        List<String> stats = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "sh", "-c", mount, folder.toString()));
        stats.addAll(java("--db", db.toString(), "--lang", "en", "stats"));
        Run read = process(stats);
        assertThat(read.status()).as(read.err()).isZero();
        assertThat(read.out()).contains("Netflix");
        Path facts = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-facts.csv"),
                "metric,platform,period,value,unit,source,source_url,note\nm,netflix,2020,1,titles,S,,\n");
        List<String> write = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "sh", "-c", mount, folder.toString()));
        write.addAll(java("--db", db.toString(), "--lang", "en", "import", "facts", facts.toString()));
        Run refused = process(write);
        Files.delete(facts);
        assertThat(refused.status()).isEqualTo(Cli.FAILED);
        assertThat(refused.err()).contains("is read-only").contains("nothing was written").doesNotContain("\tat ");
    }

    /**
     * A headless export that fails while JavaFX is still starting used to end with JavaFX's shutdown traces
     * ("Shutdown in progress", a NullPointerException) on standard error, about one run in four: eight runs, no trace.
     */
    @Test
    void aFailedHeadlessExportPrintsItsSentenceAndNoTrace() throws Exception {
        for (int i = 0; i < 8; i++) {
            Run r = process(java("--db", db.toString(), "--lang", "en", "export-chart",
                    "catalogue-size", "--out", dir.resolve("x.png").toString(), "--platform", "bogus"));
            assertThat(r.status()).isEqualTo(Cli.USAGE);
            assertThat(r.err()).startsWith("--platform: no platform 'bogus'").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aStoreAnotherProgramHoldsIsSaidInTheUsersLanguageAndNothingChanges() throws Exception {
        String before;
        try (Store s = Store.open(db)) {
            before = TestStores.contentDigest(s);
        }
        // as a command loading a platform's first catalogue holds it (Database#writeAlone)
        try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = other.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("BEGIN EXCLUSIVE");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = new Cli(db, new PrintWriter(out), new PrintWriter(err)).run(new String[] {"--db", db.toString(),
                "--lang", "fr", "stats"}); // waits for the store's busy timeout (10 s) first
            assertThat(status).isEqualTo(Cli.FAILED);
            assertThat(err.toString()).startsWith("Erreur : un autre programme utilise les données (" + db + ")")
                    .doesNotContain("\tat ");
            s.execute("ROLLBACK");
        }
        try (Store s = Store.open(db)) {
            assertThat(TestStores.contentDigest(s)).isEqualTo(before);
        }
    }
}
