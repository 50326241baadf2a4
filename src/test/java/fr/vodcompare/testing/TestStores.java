package fr.vodcompare.testing;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stores built from the bundled data with {@link StoreSetup#open}. The build (about two seconds) runs
 * once per test run; each test gets its own copy of the file in its {@code @TempDir}.
 */
public final class TestStores {
    private static Path template;

    private TestStores() {
    }

    /** A store holding the bundled data, in {@code dir}; the caller closes it. */
    public static Store bundledCopy(Path dir) throws Exception {
        Path file = dir.resolve("vodcompare.db");
        Files.copy(template(), file);
        return StoreSetup.open(file, s -> { });
    }

    private static synchronized Path template() throws Exception {
        if (template == null) {
            Path dir = Files.createTempDirectory("vodcompare-test-store");
            Path file = dir.resolve("template.db");
            StoreSetup.open(file, s -> { }).close();
            template = file;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        }
        return template;
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
