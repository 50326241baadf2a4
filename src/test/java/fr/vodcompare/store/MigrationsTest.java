package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    private static int count(Database db, String sql) throws Exception {
        return db.read(c -> {
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aVersionOneStoreWithUserImportsIsUpgradedWithoutLosingThem() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database v1 = Database.open(file, 1)) {
            assertThat(v1.read(Migrations::version)).isEqualTo(1);
            v1.write(c -> {
                PlatformRepository.ensure(c, "acme", "Acme");
                // A version-1 insert, written the way version 1 wrote titles (no work columns).
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO snapshot(platform_id, as_of, territory, imported_at) VALUES ('acme', '2020-01-01', 'FR', 'x')");
                    s.execute("INSERT INTO title(platform_id, ext_key, kind, name, norm_name, release_year) "
                            + "VALUES ('acme', 'id:s1', 'film', 'Amélie', 'amelie', 2001)");
                    s.execute("INSERT INTO title_seen VALUES (1, 1)");
                }
                return null;
            });
        }
        try (Store upgraded = Store.open(file)) {
            assertThat(upgraded.meta().schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(count(upgraded.database(), "SELECT COUNT(*) FROM title WHERE name = 'Amélie'")).isEqualTo(1);
            assertThat(upgraded.titles().platformCounts()).singleElement()
                    .satisfies(p -> assertThat(p.titles()).isEqualTo(1));
            // the upgraded store takes new imports with the version-2 columns
            upgraded.database().write(c -> CatalogueRepository.importSnapshot(c,
                    new Snapshot(0, "acme", LocalDate.of(2020, 2, 1), "FR", null, "f.csv", 1, false),
                    List.of(new Title(0, "acme", "s2", Kind.FILM, "Léon", null, null, List.of("France"), null, 1994, null, null,
                            List.of(), null)), false));
            assertThat(count(upgraded.database(), "SELECT COUNT(*) FROM title WHERE work_key = 'leon'")).isEqualTo(1);
        }
    }

    @Test
    void aStoreFromANewerAppIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("future.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 99");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class).hasMessageContaining("newer")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.NEWER_VERSION));
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsDamagedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("garbage.db");
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        java.nio.file.Files.write(file, garbage);
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(file + " is damaged or is not a VOD Compare store")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED));
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void scriptsSplitIntoStatementsKeepingTriggersWhole() {
        List<String> s = Migrations.statements("CREATE TABLE a(x);\n-- note\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                + "  INSERT INTO a VALUES (1);\n  INSERT INTO a VALUES (2);\nEND;\nCREATE INDEX i ON a(x);\n");
        assertThat(s).hasSize(3);
        assertThat(s.get(1)).contains("VALUES (2)").endsWith("END;\n");
    }

    @Test
    void migrationsGoByTheNumberInTheirNameWhateverGapsTheListHas() {
        assertThat(Migrations.number("V4.sql")).isEqualTo(4);
        assertThat(Migrations.number("V6__fact_meaning.sql")).isEqualTo(6);
        assertThatThrownBy(() -> Migrations.number("fact_meaning.sql")).isInstanceOf(IllegalArgumentException.class);
        List<Integer> numbers = Migrations.all().stream().map(Migrations::number).toList();
        assertThat(numbers).doesNotHaveDuplicates().isSorted();
        assertThat(Migrations.latest()).isEqualTo(numbers.get(numbers.size() - 1));
    }

    @Test
    void aNewStoreRecordsEveryMigrationItApplied() throws Exception {
        try (Store s = Store.open(dir.resolve("new.db"))) {
            assertThat(applied(s))
                    .containsExactlyElementsOf(Migrations.all().stream().map(Migrations::number).toList());
        }
    }

    private static java.util.Set<Integer> applied(Store s) throws StoreException {
        java.util.Set<Integer> out = s.database().read(c -> Migrations.applied(c, Migrations.version(c)));
        return out;
    }
}
