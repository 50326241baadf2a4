package fr.vodcompare.testing;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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

    public static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** A digest of the store's logical content (every row of every table), to prove nothing changed. */
    public static String contentDigest(Store store) throws Exception {
        return store.database().read(c -> {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (var tables = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'title_fts_%' ORDER BY name").executeQuery()) {
                while (tables.next()) {
                    String table = tables.getString(1);
                    md.update(table.getBytes(StandardCharsets.UTF_8));
                    try (var rows = c.prepareStatement("SELECT * FROM \"" + table + "\" ORDER BY 1").executeQuery()) {
                        int n = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int i = 1; i <= n; i++) {
                                md.update(String.valueOf(rows.getObject(i)).getBytes(StandardCharsets.UTF_8));
                                md.update((byte) 0);
                            }
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        });
    }
}
