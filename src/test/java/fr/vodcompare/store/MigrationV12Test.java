package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 12 (the overlap's pairs Compare lists) on a committed store of schema 11 ({@code v11-store.db}, made by the
 * schema-11 app, main at 3ace237, from v6-store's files with {@code v11-store-sources/mk.jsh}): MUBI's three FR snapshots
 * and one US, Filmo's FR one, Amélie matched on both.
 */
class MigrationV12Test {
    @TempDir
    Path dir;

    @Test
    void thePairsOfTheMatchesAlreadyThereAreKeptAndListedAsTheMatchesGiveThem() throws Exception {
        Path file = dir.resolve("v11.db");
        try (InputStream in = MigrationV12Test.class.getResourceAsStream("v11-store.db")) {
            Files.copy(in, file);
        }
        List<String> before;
        List<WorkRepository.CurrentPair> direct;
        List<WorkRepository.PairCounts> counts;
        try (Database v11 = Database.open(file, 11)) {
            assertThat(v11.read(Migrations::version)).isEqualTo(11);
            Set<Integer> old = v11.read(c -> Migrations.applied(c, 11));
            assertThat(old).contains(11).doesNotContain(12);
            int tables = v11.read(c -> count(c, "SELECT count(*) FROM sqlite_master WHERE name = 'overlap_pair'"));
            assertThat(tables).isZero();
            before = v11.read(MigrationV9Test::userData);
            direct = v11.read(c -> OverlapPairs.counted(c, null, null, null));
            counts = v11.read(c -> OverlapCounts.read(c, null));
        }
        assertThat(direct).singleElement().satisfies(p -> {
            assertThat(List.of(p.platformA(), p.platformB(), p.nameA(), p.nameB())).containsExactly("filmo", "mubi", "Amélie", "Amélie");
        });
        try (Store s = Store.open(file)) {
            Set<Integer> applied = s.database().read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(11, 12);
            assertThat(s.meta().schemaVersion()).isEqualTo(Migrations.latest());
            // the kept rows are read, and are what the matches give
            int kept = s.database().read(c -> count(c, "SELECT count(*) FROM overlap_pair"));
            assertThat(kept).isEqualTo(1);
            assertThat(s.works().currentPairs(null)).isEqualTo(direct);
            assertThat(s.works().currentPairs(null, "filmo", "mubi")).isEqualTo(direct);
            assertThat(s.works().currentPairCounts(null)).isEqualTo(counts);
            // nothing the user imported is lost or changed
            assertThat(s.database().read(MigrationV9Test::userData)).isEqualTo(before).hasSizeGreaterThan(40);
            CompareAggregatesTest.assertAllMatch(s);
        }
    }

    private static int count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var rs = c.prepareStatement(sql).executeQuery()) {
            return rs.getInt(1);
        }
    }
}
