package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.testing.TestStores;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-snapshot aggregates give the figures the direct counts over the titles give ({@link DirectCounts}), on the
 * bundled store and on a store of several snapshots and territories, and stay right after every kind of write: an
 * import (newer, older, in another territory), a replaced snapshot, a deleted snapshot, a deleted platform.
 */
class SnapshotAggregatesTest {
    private static final String HEADER = "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description\n";
    private static final ImportProgress QUIET = new ImportProgress() { };

    @TempDir
    Path dir;

    @Test
    void theBundledStoresFiguresAreTheDirectCounts() throws Exception {
        try (Store s = TestStores.bundledCopy(dir)) {
            assertThat(s.titles().platformCounts()).isNotEmpty();
            new DirectCounts(s.database()).assertAggregatesMatch("FR", "US", "unstated");
        }
    }

    @Test
    void everyWriteLeavesTheFiguresRight() throws Exception {
        try (Store s = Store.open(oldStore())) {
            DirectCounts direct = new DirectCounts(s.database());
            direct.assertAggregatesMatch("FR", "US");

            // a platform's first catalogue (written streamed, set-based)
            load(s, "newco", "2024-02-01", "FR", false, "n1,Movie,Amélie,Jean-Pierre Jeunet,,France,2024-01-01,2001,R,122 min,"
                    + "\"Comedies, Dramas\",\nn2,TV Show,Dark,,,Germany,,2017,TV-MA,3 Seasons,\"TV Dramas, TV Mysteries\",\n"
                    + "n3,Movie,Untitled,,,,,,,90 min,,\n");
            direct.assertAggregatesMatch("FR", "US");
            assertThat(current(s, "FR", "newco")).isEqualTo(3);

            // a newer US snapshot changes the current view of titles the FR snapshot lists (Amélie's genres and country)
            load(s, "mubi", "2024-03-01", "US", false, "m1,Movie,Amélie,Jean-Pierre Jeunet,,\"France, Germany\",2024-02-01,2001,R,"
                    + "122 min,\"Thrillers, Dramas, Comedies\",\nm13,Movie,Heat,Michael Mann,,United States,,1995,R,170 min,,\n");
            direct.assertAggregatesMatch("FR", "US");

            // the newest FR snapshot replaced by a smaller one
            load(s, "mubi", "2024-01-01", "FR", true, "m1,Movie,Amélie,Jean-Pierre Jeunet,,France,2020-01-01,2001,R,122 min,Comedies,\n"
                    + "m10,Movie,Drive My Car,Ryusuke Hamaguchi,,Japan,2023-12-01,2021,NR,179 min,\"Dramas, International Movies\",\n");
            direct.assertAggregatesMatch("FR", "US");
            assertThat(current(s, "FR", "mubi")).isEqualTo(2);

            // an older snapshot: the current ones stay current
            load(s, "mubi", "2022-06-01", "FR", false, "m1,Movie,Amélie,Jean-Pierre Jeunet,,France,2020-01-01,2001,R,122 min,Dramas,\n");
            direct.assertAggregatesMatch("FR", "US");

            // the newest FR snapshot deleted: June 2023's becomes current, with figures of its own
            Snapshot newest = s.catalogue().find("mubi", LocalDate.parse("2024-01-01"), "FR").orElseThrow();
            s.catalogue().deleteSnapshot(newest.id());
            direct.assertAggregatesMatch("FR", "US");
            assertThat(current(s, "FR", "mubi")).isEqualTo(7);

            // a platform deleted: its aggregates go with it
            s.platforms().delete("filmo");
            direct.assertAggregatesMatch("FR", "US");
            assertThat(rows(s, "SELECT COUNT(*) FROM snapshot_count WHERE snapshot_id NOT IN (SELECT id FROM snapshot)")).isZero();
        }
    }

    @Test
    void aFirstCatalogueCountedAsItIsWrittenGivesTheDirectCountsEvenWhereARowRepeatsAnEarlierOne() throws Exception {
        try (Store s = Store.open(oldStore())) {
            DirectCounts direct = new DirectCounts(s.database());
            // n1 twice: the later row's values are kept, so the counts made as the rows were written no longer hold
            load(s, "newco", "2024-02-01", "FR", false, "n1,Movie,Amélie,,,France,2024-01-01,2001,R,122 min,Comedies,\n"
                    + "n2,TV Show,Dark,,,Germany,,2017,TV-MA,3 Seasons,\"TV Dramas, TV Mysteries\",\n"
                    + "n1,Movie,Amélie,,,\"Japan, France\",2023-05-01,1999,R,122 min,\"Dramas, Comedies\",\n");
            direct.assertAggregatesMatch("FR", "US");
            assertThat(current(s, "FR", "newco")).isEqualTo(2);
            load(s, "other", "2024-02-01", "FR", false, "o1,Movie,Heat,,,United States,2024-01-01,1995,R,170 min,Thrillers,\n"
                    + "o2,Movie,Nameless,,,,,,,,,\n");
            direct.assertAggregatesMatch("FR", "US");
        }
    }

    @Test
    void onlyTheSnapshotsThatCanBeCurrentHaveAggregates() throws Exception {
        try (Store s = Store.open(oldStore())) {
            // mubi: FR 2024-01 and US 2023-09 are the newest of their territory, FR 2023-01 and 2023-06 are not; filmo: FR 2023-03
            List<String> with = s.database().read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (var rs = c.prepareStatement("SELECT DISTINCT s.platform_id || ' ' || s.territory || ' ' || s.as_of FROM snapshot_count a "
                        + "JOIN snapshot s ON s.id = a.snapshot_id ORDER BY 1").executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(with).containsExactly("filmo FR 2023-03-01", "mubi FR 2024-01-01", "mubi US 2023-09-01");
        }
    }

    /** A copy of the committed schema-6 store (see MigrationV7Test). */
    private Path oldStore() throws Exception {
        Path file = dir.resolve("v6.db");
        try (InputStream in = SnapshotAggregatesTest.class.getResourceAsStream("v6-store.db")) {
            Files.copy(in, file);
        }
        return file;
    }

    private void load(Store s, String platform, String date, String territory, boolean replace, String rows) throws Exception {
        Path csv = TestStores.write(dir, platform + "-" + territory + "-" + date + ".csv", HEADER + rows);
        new CatalogueImporter(s).run(new CatalogueImport(csv, platform, platform, LocalDate.parse(date), territory, CsvOptions.DEFAULT,
                false, replace, null), QUIET);
    }

    private static int current(Store s, String territory, String platform) throws Exception {
        return s.titles().platformCounts(territory).stream().filter(p -> p.platformId().equals(platform)).findFirst().orElseThrow().titles();
    }

    private static int rows(Store s, String sql) throws Exception {
        return s.database().read(c -> {
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                return rs.getInt(1);
            }
        });
    }
}
