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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 14 (a file id its title's key says is not kept twice; title_match_key gone) on a committed store of schema 13
 * ({@code v13-store.db}, made by the schema-13 app, main at 72a6b7d, with {@code v13-store-sources/mk.jsh}): Alpha's two
 * FR snapshots (ids a1-a5, b4 and 'c#1'), Beta's two, the second reusing Beta's ids for other titles (keys made unique,
 * 'id:x1#18'…) and naming Alpha y1 (an id its key does not say). 18 id rows, 2 of them ids no key says.
 */
class MigrationV14Test {
    @TempDir
    Path dir;

    @Test
    void idsTheKeysSayAreNotKeptTwiceAndEveryIdStillNamesTheSameTitle() throws Exception {
        Path file = MigrationFixtures.copy("v13-store.db", dir, "v13.db");
        List<String> idsBefore;
        List<String> before;
        List<String> snapshotsBefore;
        try (Database v13 = Database.open(file, 13)) {
            assertThat(v13.read(Migrations::version)).isEqualTo(13);
            assertThat(MigrationFixtures.count(v13, "SELECT count(*) FROM title_ident")).isEqualTo(18);
            assertThat(MigrationFixtures.count(v13, "SELECT count(*) FROM sqlite_master WHERE name = 'title_match_key'")).isEqualTo(1);
            idsBefore = MigrationFixtures.rows(v13, "SELECT platform_id, show_id, title_id FROM title_ident ORDER BY 1, 2");
            before = v13.read(MigrationV9Test::userData);
            snapshotsBefore = MigrationV13Test.everySnapshot(new HistoryQueries(v13), v13);
        }
        try (Store s = Store.open(file)) {
            Database db = s.database();
            java.util.Set<Integer> applied = db.read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(13, 14);
            // only the ids no key says are rows: y1 (Alpha, whose key says x1) and 'c#1' (a '#' is never read from a key)
            assertThat(MigrationFixtures.rows(db, "SELECT platform_id, show_id, title_id FROM title_ident ORDER BY 1, 2"))
                    .containsExactly("alpha|c#1|5", "beta|y1|8");
            // every id names the title it named, the keys made unique ('id:x1#18') naming none
            assertThat(MigrationFixtures.rows(db, "SELECT * FROM (" + FileIds.ALL + ") ORDER BY 1, 2")).isEqualTo(idsBefore);
            assertThat(MigrationFixtures.count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'title_match_key'")).isZero();
            assertThat(db.read(MigrationV9Test::userData)).isEqualTo(before);
            assertThat(MigrationV13Test.everySnapshot(s.history(), db)).isEqualTo(snapshotsBefore);

            // the next file of Alpha's lineage: every row matched by its id (b4 and a1 through their titles' keys, 'c#1'
            // through its row), none added, as before the migration
            ImportReport r = new CatalogueImporter(s).run(new CatalogueImport(MigrationFixtures.copy("v13-store-sources/alpha-2023-06.csv", dir,
                    "next.csv"), "alpha", "Alpha", LocalDate.of(2024, 1, 1), "FR", CsvOptions.DEFAULT, false), ImportProgress.NONE);
            assertThat(r.added()).isZero();
            assertThat(r.unchanged()).isEqualTo(6);
            assertThat(MigrationFixtures.count(db, "SELECT count(*) FROM title_ident")).isEqualTo(2);
        }
    }
}
