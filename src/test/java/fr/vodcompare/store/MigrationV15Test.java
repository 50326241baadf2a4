package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 15 (title_presence_first and title_version_snapshot dropped, title_sort ending with the year) on a committed
 * store of schema 14 ({@code v14-store.db}, made by the schema-14 app, main at 6378ee8, with
 * {@code v14-store-sources/mk.jsh}): Alpha's FR snapshots of January, March (imported last: runs split) and June, Beta's
 * FR ones and one US. Nothing read changes; the reads the indexes served go through title_presence_last's range (no
 * reading of every presence) and title_sort, and a snapshot's deletion still leaves every other snapshot as it was.
 */
class MigrationV15Test {
    @TempDir
    Path dir;

    @Test
    void twoIndexesGoAndEverySnapshotStillSaysWhatItSaid() throws Exception {
        Path file = MigrationFixtures.copy("v14-store.db", dir, "v14.db");
        List<String> before;
        List<String> snapshotsBefore;
        try (Database v14 = Database.open(file, 14)) {
            assertThat(v14.read(Migrations::version)).isEqualTo(14);
            assertThat(indexes(v14)).contains("title_presence_first", "title_version_snapshot");
            before = v14.read(MigrationV9Test::userData);
            snapshotsBefore = MigrationV13Test.everySnapshot(new HistoryQueries(v14), v14);
        }
        try (Store s = Store.open(file)) {
            Database db = s.database();
            Set<Integer> applied = db.read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(14, 15);
            assertThat(indexes(db)).doesNotContain("title_presence_first", "title_version_snapshot")
                    .contains("title_presence_last");
            assertThat(db.read(MigrationV9Test::userData)).isEqualTo(before);
            assertThat(MigrationV13Test.everySnapshot(s.history(), db)).isEqualTo(snapshotsBefore).hasSizeGreaterThan(30);
            // a snapshot's titles, and the runs that start at a date, are read from a range of title_presence_last
            assertThat(plan(db, "SELECT " + "p.title_id FROM (" + Current.titleIdsOf(1) + ") p"))
                    .contains("title_presence_last (platform_id=? AND territory=? AND last_seen>?)");
            assertThat(plan(db, "SELECT count(*) FROM title_presence WHERE platform_id = 'alpha' AND territory = 'FR' "
                    + "AND first_seen = '2023-01-01'")).contains("title_presence_last (platform_id=? AND territory=?)");

            // a title's copies (same normalised name, year and kind) told apart in title_sort, which ends with the year
            assertThat(columns(db, "title_sort")).containsExactly("norm_name", "platform_id", "kind", "release_year");
            assertThat(plan(db, "SELECT o.id FROM title t JOIN title o ON " + TitleQueries.SAME_KEY + " WHERE t.id = 1"))
                    .contains("title_sort (norm_name=?)");

            // Alpha's March snapshot deleted: the others say what they said
            long march = s.catalogue().snapshots().stream().filter(x -> x.platformId().equals("alpha")
                    && x.asOf().toString().equals("2023-03-01")).findFirst().orElseThrow().id();
            s.catalogue().deleteSnapshot(march);
            List<String> expected = snapshotsBefore.stream().filter(l -> !l.startsWith("alpha 2023-03-01 FR:")).toList();
            assertThat(MigrationV13Test.everySnapshot(s.history(), db)).isEqualTo(expected);
        }
    }

    private static List<String> indexes(Database db) throws Exception {
        return MigrationFixtures.rows(db, "SELECT name FROM sqlite_master WHERE type = 'index'");
    }

    private static List<String> columns(Database db, String index) throws Exception {
        return MigrationFixtures.rows(db, "SELECT name FROM pragma_index_info('" + index + "') ORDER BY seqno");
    }

    /** The plan's details, a line each. */
    private static String plan(Database db, String sql) throws Exception {
        return db.read(c -> {
            StringBuilder b = new StringBuilder();
            try (var rs = c.prepareStatement("EXPLAIN QUERY PLAN " + sql).executeQuery()) {
                while (rs.next()) {
                    b.append(rs.getString(4)).append('\n');
                }
            }
            return b.toString();
        });
    }
}
