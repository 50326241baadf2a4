package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files from the wild, imported from the command line: each is read, or refused with a sentence naming the file and
 * line and the right exit status, and a refused file leaves the store exactly as it was.
 */
class HostileFilesTest {
    @TempDir
    Path dir;
    Path db;
    String before;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void store() throws Exception {
        try (Store s = TestStores.bundledCopy(dir)) {
            before = TestStores.contentDigest(s);
            db = s.database().file();
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--db", db.toString(), "--lang", "en"), Stream.of(args)).toArray(String[]::new);
        int status = new Cli(db, new PrintWriter(out), new PrintWriter(err)).run(all);
        return new Run(status, out.toString(), err.toString());
    }

    String digest() throws Exception {
        try (Store s = Store.open(db)) {
            return TestStores.contentDigest(s);
        }
    }

    Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    Path file(String name, String text) throws Exception {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    void refusedWith(Run r, int status, String message) throws Exception {
        assertThat(r.status()).as(r.err()).isEqualTo(status);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
        assertThat(digest()).as("the store is unchanged").isEqualTo(before);
    }

    @Test
    void aFrenchExcelFileImportsAndTheSummarySaysItWasReadAsWindows1252() throws Exception {
        Path f = file("excel.csv", "show_id;type;title;release_year\ns1;Movie;Amélie;2001\n".getBytes(Charset.forName("windows-1252")));
        Run r = run("import", "catalogue", f.toString(), "--platform", "mubi", "--as-of", "2024-01-31");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(f + " is not UTF-8: it was read as Windows-1252");
        assertThat(run("search", "Amélie", "--platform", "mubi").out()).contains("mubi\tAmélie\t2001");
    }

    /** A large file whose rows are plain UTF-8 until line {@code at}, which holds {@code bad} in its title. */
    private Path largeWith(String name, int rows, int at, byte[] bad) throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes("show_id,type,title,release_year\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 2; i <= rows + 1; i++) {
            b.writeBytes(("s" + i + ",Movie,Title " + i).getBytes(StandardCharsets.UTF_8));
            if (i == at) {
                b.writeBytes(bad);
            }
            b.writeBytes((",2001\n").getBytes(StandardCharsets.UTF_8));
        }
        return file(name, b.toByteArray());
    }

    @Test
    void aLargeFileThatTurnsOutWindows1252DeepDownIsReadAsThatWhole() throws Exception {
        // read as UTF-8 at once (a platform's first catalogue), the é of line 60,000 is no UTF-8: read again, whole
        Path f = largeWith("late-1252.csv", 60_000, 60_000, "é".getBytes(Charset.forName("windows-1252")));
        Run r = run("import", "catalogue", f.toString(), "--platform", "mubi", "--as-of", "2024-01-31");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(f + " is not UTF-8: it was read as Windows-1252").contains("60,000 rows read, 60,000 imported");
        assertThat(run("search", "Title 60000é", "--platform", "mubi").out()).contains("mubi\tTitle 60000é\t2001");
        try (Store s = Store.open(db)) {
            assertThat(s.catalogue().snapshots()).filteredOn(sn -> sn.platformId().equals("mubi")).singleElement()
                    .satisfies(sn -> assertThat(sn.titleCount()).isEqualTo(60_000));
        }
    }

    @Test
    void aNulByteDeepInALargeFileIsRefusedAtItsLineAndWritesNothing() throws Exception {
        Path f = largeWith("nul.csv", 60_000, 59_000, new byte[] {0});
        refusedWith(run("import", "catalogue", f.toString(), "--platform", "mubi"), Cli.BAD_INPUT,
                f + ":59000: binary content (a NUL byte); expected a CSV text file");
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252DeepInALargeFileAreRefusedAtTheirLine() throws Exception {
        Path f = largeWith("neither.csv", 60_000, 59_000, new byte[] {(byte) 0x81});
        refusedWith(run("import", "catalogue", f.toString(), "--platform", "mubi"), Cli.BAD_INPUT,
                f + ":59000: bytes that are neither UTF-8 nor Windows-1252");
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkImports() throws Exception {
        byte[] text = "show_id,type,title\ns1,Movie,Amélie\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Run r = run("import", "catalogue", file("utf16.csv", bytes).toString(), "--platform", "mubi", "--as-of", "2024-01-31");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(run("search", "Amélie", "--platform", "mubi").out()).contains("mubi\tAmélie");
    }

    @Test
    void rowsPaddedWithEmptyFieldsImportWithOneWarning() throws Exception {
        Path f = file("padded.csv", "show_id;type;title\ns1;Movie;A;;\ns2;Movie;B;;\ns3;Movie;C\n");
        Run r = run("import", "catalogue", f.toString(), "--platform", "mubi", "--as-of", "2024-01-31");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 rows read, 3 imported, 1 warning").doesNotContain("1 warnings");
        assertThat(r.err()).contains(f + ":2: warning: 2 rows have empty fields past the header's 3 columns");
    }

    @Test
    void aRowWithExtraFieldsHoldingSomethingIsRefusedAtItsLine() throws Exception {
        Path f = file("extra.csv", "show_id,type,title\ns1,Movie,A\ns2,Movie,B,oops\n");
        refusedWith(run("import", "catalogue", f.toString(), "--platform", "mubi"), Cli.BAD_INPUT,
                f + ":3: this row has 4 fields, expected 3");
    }

    @Test
    void aFieldOverOneMebibyteIsRefused() throws Exception {
        Path f = file("huge.csv", "show_id,type,title,description\ns1,Movie,A,short\ns2,Movie,B,\"" + "x".repeat(2 << 20) + "\"\n");
        refusedWith(run("import", "catalogue", f.toString(), "--platform", "mubi"), Cli.BAD_INPUT,
                f + ":3: field 4 holds 2,097,152 characters; expected at most 1,048,576");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws Exception {
        StringBuilder text = new StringBuilder("show_id,type,title\ns1,Movie,\"A\n");
        for (int i = 0; i < 5000; i++) {
            text.append("s").append(i + 2).append(",Movie,T").append(i).append('\n');
        }
        Path f = file("quote.csv", text.toString());
        refusedWith(run("import", "catalogue", f.toString(), "--platform", "mubi"), Cli.BAD_INPUT,
                f + ":2: a quote opened in this row is never closed");
    }

    @Test
    void mappingAColumnTheFileDoesNotHaveNamesTheFilesColumns() throws Exception {
        Path f = file("map.csv", "titre,type\nA,Movie\n");
        refusedWith(run("import", "catalogue", f.toString(), "--platform", "mubi", "--map", "foo=bar"), Cli.BAD_INPUT,
                f + ":1: --map foo=bar: the file has no column 'foo'; its columns are titre, type");
    }

    @Test
    void aColumnNamedTwiceIsRefused() throws Exception {
        Path f = file("twice.csv", "title,type,title\nA,Movie,B\n");
        refusedWith(run("import", "catalogue", f.toString(), "--platform", "mubi"), Cli.BAD_INPUT,
                f + ":1: column 'title' appears twice in the header");
    }

    @Test
    void anInvalidPlatformIdIsBadUsage() throws Exception {
        Path f = file("ok.csv", "title,type\nA,Movie\n");
        refusedWith(run("import", "catalogue", f.toString(), "--platform", "Not An Id"), Cli.USAGE,
                "--platform: 'Not An Id' is not a platform id");
    }

    @Test
    void anUnreadableFileSaysWhy() throws Exception {
        Path f = file("secret.csv", "title,type\nA,Movie\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "the file stays readable (tests run as root): CsvTableTest covers the message");
        refusedWith(run("import", "catalogue", f.toString(), "--platform", "mubi"), Cli.BAD_INPUT,
                f + ": cannot be read: permission denied");
    }

    @Test
    void impossibleFactsAreRefusedWithTheirLineOrKeptFlaggedWithForce() throws Exception {
        Path f = file("facts.csv", "metric,platform,period,value,unit,source,source_url,note\n"
                + "platform_reach_among_vod_consumers,netflix,2030-01,40,% of VOD consumers,Test,,\n"
                + "platform_reach_among_vod_consumers,netflix,2031-01,250,% of VOD consumers,Test,,\n");
        refusedWith(run("import", "facts", f.toString()), Cli.BAD_INPUT,
                f + ":3: value '250' is impossible: a share (% of VOD consumers) lies between 0 and 100");
        Path spend = file("spend.csv", "metric,platform,period,value,unit,source,source_url,note\n"
                + "content_spend_global,netflix,2031,-3,billion USD,Test,,\n");
        refusedWith(run("import", "facts", spend.toString()), Cli.BAD_INPUT, spend + ":2: value '-3' is impossible");

        Run forced = run("import", "facts", f.toString(), "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(forced.err()).contains(f + ":3: warning: value '250' is impossible");
        Run stats = run("stats");
        assertThat(stats.out()).containsPattern("2031-01 +netflix +250% of VOD consumers +\\(Test\\) +\\[flagged");
        assertThat(stats.out()).doesNotContainPattern("2030-01 .*flagged");
    }

    @Test
    void namesWithControlCharactersArePrintedEscaped() throws Exception {
        Path f = file("ok.csv", "show_id,type,title\ns1,Movie,A\n");
        String name = "Evil\u001b]0;pwned\u0007\u001b[2J";
        Run r = run("import", "catalogue", f.toString(), "--platform", "evil", "--name", name, "--as-of", "2024-01-31");
        assertThat(r.status()).as(r.err()).isZero();
        String stats = run("stats").out();
        assertThat(stats).doesNotContain("\u001b").doesNotContain("\u0007").contains("Evil\\x1b]0;pwned\\x07\\x1b[2J");
    }

    @Test
    void aDryRunOrARefusedImportCreatesNoStore() throws Exception {
        Path good = file("good.csv", "show_id,type,title\ns1,Movie,A\n");
        Path bad = file("bad.csv", "show_id,type,title\ns1,Movie,A,extra\n");
        Path fresh = dir.resolve("new.db");
        db = fresh;
        Run dry = run("import", "catalogue", good.toString(), "--platform", "mubi", "--dry-run");
        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dry run");
        Run refused = run("import", "catalogue", bad.toString(), "--platform", "mubi");
        assertThat(refused.status()).isEqualTo(Cli.BAD_INPUT);
        Run facts = run("import", "facts", bad.toString(), "--dry-run");
        assertThat(facts.status()).isEqualTo(Cli.BAD_INPUT);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("new.db"));
        }
        assertThat(run("import", "catalogue", good.toString(), "--platform", "mubi").status()).isZero();
        assertThat(fresh).exists();
    }
}
