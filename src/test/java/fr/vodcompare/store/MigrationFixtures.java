package fr.vodcompare.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the migration tests read their committed stores and files with. */
final class MigrationFixtures {
    private MigrationFixtures() {
    }

    /** Copies the test resource {@code resource} (beside the store's classes) to {@code dir} as {@code name}. */
    static Path copy(String resource, Path dir, String name) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = MigrationFixtures.class.getResourceAsStream(resource)) {
            Files.copy(in, out);
        }
        return out;
    }

    /** Each row of {@code sql}, its columns joined by '|'. */
    static List<String> rows(Database db, String sql) throws Exception {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        b.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    out.add(b.toString());
                }
            }
            return out;
        });
    }

    /** The first column of the first row of {@code sql}, as a number. */
    static int count(Database db, String sql) throws Exception {
        return db.read(c -> {
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                return rs.getInt(1);
            }
        });
    }
}
