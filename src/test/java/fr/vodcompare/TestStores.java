package fr.vodcompare;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Stores and files for tests. */
public final class TestStores {
    private TestStores() {
    }

    /** A store in {@code dir} built from the bundled data, as on a first start. */
    public static Store bundled(Path dir) throws Exception {
        return StoreSetup.open(dir.resolve("store.db"), s -> { });
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
