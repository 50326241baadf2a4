package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 9 (slimmer title rows: schema 2's exact-key groups no longer written) on a committed store of schema 6
 * ({@code v6-slim-store.db}, made by the schema-6 app, main at 3fdb769, from the files in {@code v6-slim-store-sources/} with
 * {@code mk.jsh}): the same five films on two platforms, each title with its schema-2 work.
 */
class MigrationV9Test {
    @TempDir
    Path dir;

    private static int count(Store s, String sql) throws Exception {
        return s.database().read(c -> {
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    @Test
    void theWorkGroupsAreEmptiedAndTheSamePlatformsAreFoundFromTheTitlesKeys() throws Exception {
        Path file = dir.resolve("v6.db");
        try (InputStream in = MigrationV9Test.class.getResourceAsStream("v6-slim-store.db")) {
            Files.copy(in, file);
        }
        try (Database v6 = Database.open(file, 6)) {
            assertThat(v6.read(Migrations::version)).isEqualTo(6);
            int grouped = v6.read(c -> {
                try (var rs = c.prepareStatement("SELECT COUNT(*) FROM title WHERE work_id IS NOT NULL").executeQuery()) {
                    return rs.getInt(1);
                }
            });
            assertThat(grouped).isEqualTo(10);
        }
        try (Store s = Store.open(file)) {
            java.util.Set<Integer> applied = s.database().read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(6, 9);
            assertThat(count(s, "SELECT COUNT(*) FROM title WHERE work_id IS NOT NULL OR match_reason IS NOT NULL "
                    + "OR match_confidence IS NOT NULL")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM work")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'title_work'")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM title")).isEqualTo(10);
            int amelie = count(s, "SELECT id FROM title WHERE platform_id = 'mubi' AND name = 'Amélie'");
            assertThat(s.titles().platformsOfSameWork(amelie)).containsExactly("arte", "mubi");
        }
    }
}
