package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.ingest.ImportReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 16 (a title with no version row has one version, its row, as of the first snapshot listing it) on a committed
 * store of schema 15 ({@code v15-store.db}, made by the schema-15 app, main at 76fe2a0, with
 * {@code v15-store-sources/mk.jsh}): Alpha's FR snapshots of January, March (imported last) and June, Beta's FR ones and
 * one US. The version rows that said what the implied version says go; every version reads as it did; the next file,
 * which changes a title that has no version row any more, writes its first version as a row before the new one.
 */
class MigrationV16Test {
    @TempDir
    Path dir;

    @Test
    void versionRowsThatSayWhatTheRowImpliesGoAndEverySnapshotStillSaysWhatItSaid() throws Exception {
        Path file = MigrationFixtures.copy("v15-store.db", dir, "v15.db");
        List<String> versionsBefore;
        List<String> before;
        List<String> snapshotsBefore;
        int rowsBefore;
        try (Database v15 = Database.open(file, 15)) {
            assertThat(v15.read(Migrations::version)).isEqualTo(15);
            rowsBefore = MigrationFixtures.count(v15, "SELECT count(*) FROM title_version");
            assertThat(MigrationFixtures.count(v15, "SELECT count(*) FROM title t WHERE " + ImpliedVersions.unversioned("t"))).isZero();
            versionsBefore = MigrationFixtures.rows(v15, "SELECT * FROM (" + ImpliedVersions.ALL + ") ORDER BY 1, 2");
            before = v15.read(MigrationV9Test::userData);
            snapshotsBefore = MigrationV13Test.everySnapshot(new HistoryQueries(v15), v15);
        }
        List<String> snapshotsAfter;
        try (Store s = Store.open(file)) {
            Database db = s.database();
            Set<Integer> applied = db.read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(15, 16);
            int rowsAfter = MigrationFixtures.count(db, "SELECT count(*) FROM title_version");
            int unversioned = MigrationFixtures.count(db, "SELECT count(*) FROM title t WHERE " + ImpliedVersions.unversioned("t"));
            assertThat(unversioned).isPositive();
            assertThat(rowsAfter).isEqualTo(rowsBefore - unversioned);
            // what stays is what the implied versions cannot say: a second version, one as of a later snapshot
            assertThat(MigrationFixtures.count(db, "SELECT count(*) FROM title_version")).isPositive();
            assertThat(MigrationFixtures.rows(db, "SELECT * FROM (" + ImpliedVersions.ALL + ") ORDER BY 1, 2")).isEqualTo(versionsBefore);
            assertThat(db.read(MigrationV9Test::userData)).isEqualTo(before);
            snapshotsAfter = MigrationV13Test.everySnapshot(s.history(), db);
            assertThat(snapshotsAfter).isEqualTo(snapshotsBefore).hasSizeGreaterThan(30);

            // the next file changes Un Film (99 min), which has no version row: its version as of January is written as a
            // row first (referring to the title's row, then given the row's values as the row changes), so January, March
            // and June still say 90 min
            long unFilm = MigrationFixtures.count(db, "SELECT id FROM title WHERE name = 'Un Film'");
            assertThat(MigrationFixtures.count(db, "SELECT count(*) FROM title_version WHERE title_id = " + unFilm)).isZero();
            ImportReport r = new CatalogueImporter(s).run(new CatalogueImport(MigrationFixtures.copy("v15-store-sources/alpha-2024-01.csv", dir,
                    "next.csv"), "alpha", "Alpha", LocalDate.of(2024, 1, 1), "FR", CsvOptions.DEFAULT, false), ImportProgress.NONE);
            assertThat(r.added()).isZero();
            assertThat(r.updated()).isEqualTo(1);
            assertThat(MigrationFixtures.rows(db, "SELECT v.as_of, v.name IS NULL, " + Titles.versionColumn("duration") + " FROM title_version v "
                    + "JOIN title t ON t.id = v.title_id WHERE v.title_id = " + unFilm + " ORDER BY v.as_of"))
                    .containsExactly("2023-01-01|0|90 min", "2024-01-01|0|99 min");
            List<String> now = MigrationV13Test.everySnapshot(s.history(), db);
            assertThat(now).containsAll(snapshotsAfter)
                    .anySatisfy(line -> assertThat(line).startsWith("alpha 2024-01-01 FR: " + unFilm + "|Un Film|99 min"));
            assertThat(MigrationFixtures.rows(db, "SELECT duration FROM title WHERE id = " + unFilm)).containsExactly("99 min");
        }
    }
}
