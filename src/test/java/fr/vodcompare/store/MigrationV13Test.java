package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 13 (a version that says what its title's row says refers to the row) on a committed store of schema 12
 * ({@code v12-store.db}, made by the schema-12 app, main at c260fa3, from v6-store's files with
 * {@code v12-store-sources/mk.jsh}): MUBI's three FR snapshots and one US, Filmo's FR one; 25 versions, 18 of them what
 * their title's row says, 7 not (Les Revenants had 2 seasons in January 2023, 3 since).
 */
class MigrationV13Test {
    @TempDir
    Path dir;

    @Test
    void versionsThatSayWhatTheRowSaysBecomeReferencesAndEverySnapshotStillSaysWhatItSaid() throws Exception {
        Path file = dir.resolve("v12.db");
        try (InputStream in = MigrationV13Test.class.getResourceAsStream("v12-store.db")) {
            Files.copy(in, file);
        }
        List<String> before;
        List<String> snapshotsBefore;
        try (Database v12 = Database.open(file, 12)) {
            int version = v12.read(Migrations::version);
            assertThat(version).isEqualTo(12);
            Set<Integer> old = v12.read(c -> Migrations.applied(c, 12));
            assertThat(old).contains(12).doesNotContain(13);
            assertThat(count(v12, "SELECT count(*) FROM title_version WHERE name IS NULL")).isZero();
            before = v12.read(MigrationV9Test::userData);
            snapshotsBefore = everySnapshot(new HistoryQueries(v12), v12);
        }
        try (Store s = Store.open(file)) {
            Set<Integer> applied = s.database().read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(12, 13);
            assertThat(s.meta().schemaVersion()).isEqualTo(Migrations.latest());
            // as the app reads them (schema 16: a title whose one version referred to its row has no version row)
            assertThat(count(s.database(), "SELECT count(*) FROM (" + ImpliedVersions.ALL + ")")).isEqualTo(25);
            assertThat(count(s.database(), "SELECT count(*) FROM (" + ImpliedVersions.ALL + ") WHERE ref")).isEqualTo(18);
            assertThat(count(s.database(), "SELECT count(*) FROM title_version WHERE name IS NULL AND (kind IS NOT NULL "
                    + "OR description IS NOT NULL OR duration IS NOT NULL)")).isZero();
            // nothing the user imported is lost or changed, read as the app reads it; every snapshot says what it said
            assertThat(s.database().read(MigrationV9Test::userData)).isEqualTo(before).hasSizeGreaterThan(40);
            assertThat(everySnapshot(s.history(), s.database())).isEqualTo(snapshotsBefore);
            assertThat(snapshotsBefore).anySatisfy(line -> assertThat(line).contains("Les Revenants|2 Seasons"))
                    .anySatisfy(line -> assertThat(line).contains("Les Revenants|3 Seasons"));
        }
        // schema 13 made the table again with its index by snapshot (schema 15 drops that index)
        Path at13 = dir.resolve("v12-to-13.db");
        try (InputStream in = MigrationV13Test.class.getResourceAsStream("v12-store.db")) {
            Files.copy(in, at13);
        }
        try (Database v13 = Database.open(at13, 13)) {
            assertThat(count(v13, "SELECT count(*) FROM sqlite_master WHERE name = 'title_version_snapshot'")).isEqualTo(1);
        }
    }

    /** What each snapshot says of its titles, a line per title. */
    static List<String> everySnapshot(HistoryQueries history, Database db) throws Exception {
        List<Snapshot> snapshots = new CatalogueRepository(db).snapshots();
        List<String> out = new ArrayList<>();
        for (Snapshot sn : snapshots) {
            for (Title t : history.titles(sn)) {
                out.add(sn.platformId() + " " + sn.asOf() + " " + sn.territory() + ": " + t.id() + "|" + t.name() + "|" + t.duration()
                        + "|" + t.rating() + "|" + t.description() + "|" + t.cast() + "|" + t.countries() + "|" + t.genres());
            }
        }
        out.sort(null);
        return out;
    }

    private static int count(Database db, String sql) throws Exception {
        return db.read(c -> count(c, sql));
    }

    private static int count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var rs = c.prepareStatement(sql).executeQuery()) {
            return rs.getInt(1);
        }
    }
}
