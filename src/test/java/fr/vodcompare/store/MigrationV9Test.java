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

    /** What the user imported: catalogue rows and their history, links, matches, figures and the kept copies' records. */
    private static final String[] USER_DATA = {
        "SELECT platform_id, ext_key, show_id, kind, name, norm_name, director, cast_list, country_text, genre_text, date_added, "
                + "release_year, rating, duration, description, work_key FROM title ORDER BY id",
        // a version as the app reads it (schema 13: one that refers to its title's row is read from the row; schema 16: a
        // title with no version row has one, its row, as of the first snapshot listing it)
        "SELECT a.title_id, a.snapshot_id, a.as_of, a.match_rule, IIF(a.ref, t.name, v.name), IIF(a.ref, t.description, "
                + "v.description) FROM (" + ImpliedVersions.ALL + ") a JOIN title t ON t.id = a.title_id LEFT JOIN title_version v "
                + "ON v.title_id = a.title_id AND v.snapshot_id = a.snapshot_id ORDER BY 1, 2",
        "SELECT * FROM title_presence ORDER BY 1, 2, 3",
        "SELECT * FROM (" + FileIds.ALL + ") ORDER BY 1, 2", // the ids as they name titles (schema 14: keys too)
        "SELECT title_id, country_id, position FROM title_country ORDER BY 1, 2",
        "SELECT title_id, genre_id FROM title_genre ORDER BY 1, 2",
        "SELECT id, platform_id, as_of, territory, source_file, title_count FROM snapshot ORDER BY id",
        "SELECT * FROM platform ORDER BY id",
        "SELECT title_a, title_b, rule, confidence FROM work_match ORDER BY 1, 2",
        "SELECT metric, platform_id, period, value_text, unit, source_id FROM fact ORDER BY id",
        "SELECT key, value FROM meta WHERE key LIKE 'import_copy.%' ORDER BY key",
    };

    static java.util.List<String> userData(java.sql.Connection c) throws java.sql.SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String q : USER_DATA) {
            try (var rs = c.prepareStatement(q).executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder b = new StringBuilder(q.substring(0, 30)).append(": ");
                    for (int i = 1; i <= n; i++) {
                        b.append(rs.getObject(i)).append('|');
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }

    @Test
    void theWorkGroupsAreEmptiedAndTheSamePlatformsAreFoundFromTheTitlesKeys() throws Exception {
        Path file = dir.resolve("v6.db");
        java.util.List<String> before;
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
            before = v6.read(MigrationV9Test::userData);
        }
        try (Store s = Store.open(file)) {
            java.util.Set<Integer> applied = s.database().read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(6, 9);
            assertThat(count(s, "SELECT COUNT(*) FROM title WHERE work_id IS NOT NULL OR match_reason IS NOT NULL "
                    + "OR match_confidence IS NOT NULL")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM work")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'title_work'")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM title")).isEqualTo(10);
            // nothing the user imported is lost or changed: two catalogues, their facts, matches and kept copies
            assertThat(s.database().read(MigrationV9Test::userData)).isEqualTo(before).hasSizeGreaterThan(60);
            int amelie = count(s, "SELECT id FROM title WHERE platform_id = 'mubi' AND name = 'Amélie'");
            assertThat(s.titles().platformsOfSameWork(amelie)).containsExactly("arte", "mubi");
        }
    }
}
