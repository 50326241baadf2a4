package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, {@code ./vodcompare}, with a stand-in java that records how it is called: the first run goes
 * without a class-data sharing archive and one is made after it; later runs use it; a rebuilt jar or
 * {@code VODCOMPARE_CDS=0} runs without it; the long commands keep the optimising compiler.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {
    @TempDir
    Path repo;
    Path calls;

    @BeforeEach
    void layOut() throws IOException {
        Files.createDirectories(repo.resolve("target"));
        Files.createDirectories(repo.resolve("src/packaging"));
        Files.createDirectories(repo.resolve("jdk/bin"));
        Files.copy(Path.of("vodcompare"), repo.resolve("vodcompare"));
        Files.writeString(repo.resolve("src/packaging/vodcompare.classlist"), "java/lang/Object\n");
        Files.writeString(repo.resolve("target/vodcompare.jar"), "a jar");
        Files.setLastModifiedTime(repo.resolve("target/vodcompare.jar"), FileTime.from(Instant.now().minusSeconds(3600)));
        calls = repo.resolve("calls.txt");
        // records each call on a line; -Xshare:dump writes the archive it is asked for
        Files.writeString(repo.resolve("jdk/bin/java"), """
                #!/bin/sh
                echo "$*" >> "%s"
                for a in "$@"; do case "$a" in -XX:SharedArchiveFile=*) f="${a#*=}" ;; -Xshare:dump) dump=1 ;; esac; done
                [ -n "$dump" ] && echo archive > "$f"
                exit 0
                """.formatted(calls));
        for (String f : List.of("vodcompare", "jdk/bin/java")) {
            Files.setPosixFilePermissions(repo.resolve(f), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theFirstRunGoesWithoutTheArchiveWhichIsMadeAfterItAndUsedByTheNext() throws Exception {
        String first = run("--db", "x.db", "stats");
        assertThat(first).contains("-jar " + repo.resolve("target/vodcompare.jar") + " --db x.db stats")
                .contains("-XX:TieredStopAtLevel=1", "-Xms64m", "-Xmn24m", "-XX:MaxHeapFreeRatio=40")
                .doesNotContain("SharedArchiveFile", "-Xmn96m", "CompileCommand");

        Path archive = awaitArchive();
        assertThat(lines()).anyMatch(l -> l.startsWith("-Xshare:dump -XX:SharedClassListFile=" + repo.resolve("src/packaging/vodcompare.classlist")));

        assertThat(run("stats")).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void aRebuiltJarRunsWithoutTheOldArchiveAndGetsANewOne() throws Exception {
        run("stats");
        Path archive = awaitArchive();
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(1800)));
        Files.setLastModifiedTime(repo.resolve("target/vodcompare.jar"), FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(run("stats")).doesNotContain("SharedArchiveFile");
        awaitDumps(2);
        assertThat(Files.getLastModifiedTime(archive).toInstant()).isAfter(Instant.now().minusSeconds(60));
        assertThat(run("stats")).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void withCdsOffNoArchiveIsUsedOrMade() throws Exception {
        assertThat(run(List.of("VODCOMPARE_CDS=0"), "stats")).doesNotContain("SharedArchiveFile");
        Thread.sleep(1500);
        assertThat(lines()).noneMatch(l -> l.contains("-Xshare:dump"));
    }

    @Test
    void theLongCommandsKeepTheOptimisingCompiler() throws Exception {
        assertThat(run("import", "catalogue", "f.csv", "--platform", "p")).doesNotContain("TieredStopAtLevel")
                .contains("-XX:+UseSerialGC", "-Xmn96m",
                        "-XX:CompileCommand=dontinline,fr.vodcompare.ingest.CatalogueReader$RowReader::date")
                .doesNotContain("-Xms64m", "-Xmn24m", "MaxHeapFreeRatio");
        // the archive is made after this first run, as after any: awaited, so that it is not writing into the folder
        // while the test's folder is deleted (CI saw that fail once)
        awaitDumps(1);
    }

    @Test
    void theMethodsKeptFromInliningExist() throws Exception {
        // a renamed method would leave its option naming nothing, silently (CompileCommand=quiet)
        var named = java.util.regex.Pattern.compile("(fr\\.vodcompare\\.[\\w.$]+)::(\\w+)").matcher(Files.readString(Path.of("vodcompare")));
        List<String> methods = new ArrayList<>();
        while (named.find()) {
            Class<?> type = Class.forName(named.group(1), false, getClass().getClassLoader());
            assertThat(type.getDeclaredMethods()).as(named.group()).anyMatch(m -> m.getName().equals(named.group(2)));
            methods.add(named.group());
        }
        assertThat(methods).hasSize(4);
    }

    @Test
    void noJarSaysHowToBuildIt() throws Exception {
        Files.delete(repo.resolve("target/vodcompare.jar"));
        Process p = process(List.of(), "stats").redirectOutput(ProcessBuilder.Redirect.PIPE).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(out).contains("mvn -B -q -DskipTests package");
    }

    private String run(String... args) throws Exception {
        return run(List.of(), args);
    }

    /** Runs the script and gives back the java call it made (the last line recorded). */
    private String run(List<String> env, String... args) throws Exception {
        int before = lines().size();
        Process p = process(env, args).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> after = lines();
        assertThat(after.size()).isGreaterThan(before);
        return after.get(before);
    }

    private ProcessBuilder process(List<String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(repo.resolve("vodcompare").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_HOME", repo.resolve("jdk").toString());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("VODCOMPARE_CDS");
        for (String e : env) {
            pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        return pb;
    }

    private Path awaitArchive() throws Exception {
        awaitDumps(1);
        try (Stream<Path> files = Files.list(repo.resolve("target"))) {
            List<Path> archives = files.filter(f -> f.getFileName().toString().matches("vodcompare-\\d+\\.jsa")).toList();
            assertThat(archives).hasSize(1);
            return archives.get(0);
        }
    }

    /** Waits until {@code n} archives were made and the maker is gone. */
    private void awaitDumps(int n) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (lines().stream().filter(l -> l.contains("-Xshare:dump")).count() < n
                || Files.exists(repo.resolve("target/vodcompare.jsa.lock"))) {
            assertThat(System.nanoTime()).as("the archive is made").isLessThan(end);
            Thread.sleep(100);
        }
    }

    private List<String> lines() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }
}
