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
 * Schema 11 (the overlap counts and catalogue steps Compare reads) on a committed store of schema 9 ({@code v9-store.db},
 * made by the schema-9 app, main at 36eb419, from v6-store's files with {@code v9-store-sources/mk.jsh}): MUBI's three FR
 * snapshots and one US, Filmo's FR one, Amélie matched on both.
 */
class MigrationV11Test {
    @TempDir
    Path dir;

    @Test
    void theOverlapOfTheMatchesAlreadyThereIsKeptAndTheStepsAreCountedWhenShown() throws Exception {
        Path file = dir.resolve("v9.db");
        try (InputStream in = MigrationV11Test.class.getResourceAsStream("v9-store.db")) {
            Files.copy(in, file);
        }
        List<String> before;
        List<WorkRepository.PairCounts> counted;
        try (Database v9 = Database.open(file, 9)) {
            assertThat(v9.read(Migrations::version)).isEqualTo(9);
            Set<Integer> old = v9.read(c -> Migrations.applied(c, 9));
            assertThat(old).doesNotContain(11);
            assertThat(tables(v9)).doesNotContain("overlap_count", "snapshot_step", "catalogue_generation");
            before = v9.read(MigrationV9Test::userData);
            counted = v9.read(c -> OverlapCounts.counted(c, null));
        }
        assertThat(counted).containsExactly(new WorkRepository.PairCounts("filmo", "mubi", 1, 0, 1, 1));
        try (Store s = Store.open(file)) {
            Set<Integer> applied = s.database().read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(9, 11);
            assertThat(s.works().currentPairCounts(null)).isEqualTo(counted);
            assertThat(s.steps().kept("mubi")).isEmpty();
            assertThat(s.steps().generation("mubi")).isZero();
            // nothing the user imported is lost or changed
            assertThat(s.database().read(MigrationV9Test::userData)).isEqualTo(before).hasSizeGreaterThan(40);
            CompareAggregatesTest.assertAllMatch(s);
            assertThat(s.steps().kept("mubi")).hasSize(2);
        }
    }

    private static Set<String> tables(Database db) throws Exception {
        return db.read(c -> {
            Set<String> out = new java.util.TreeSet<>();
            try (var rs = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table'").executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
