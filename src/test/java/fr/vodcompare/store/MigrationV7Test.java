package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 7 (per-snapshot aggregates) on a committed store of schema 6 ({@code v6-store.db}, made by the schema-6 app,
 * main at d823c37, from the files in {@code v6-store-sources/} with {@code mk.jsh}): MUBI with three FR snapshots
 * (imported out of date order) and a US one, Filmo with one. The migration fills the aggregates of the snapshots
 * already there, and the figures read from them are the direct counts over the titles.
 */
class MigrationV7Test {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void copyTheOldStore() throws Exception {
        file = dir.resolve("v6.db");
        try (InputStream in = MigrationV7Test.class.getResourceAsStream("v6-store.db")) {
            Files.copy(in, file);
        }
        try (Database v6 = Database.open(file, 6)) {
            assertThat(v6.read(Migrations::version)).isEqualTo(6);
            java.util.Set<Integer> applied = v6.read(c -> Migrations.applied(c, 6));
            assertThat(applied).doesNotContain(7);
        }
    }

    @Test
    void theSnapshotsAlreadyThereGetTheirAggregatesAndTheFiguresStayTheSame() throws Exception {
        try (Store s = Store.open(file)) {
            java.util.Set<Integer> applied = s.database().read(c -> Migrations.applied(c, Migrations.version(c)));
            assertThat(applied).contains(7);
            assertThat(s.titles().platformCounts()).extracting(p -> p.platformId() + " " + p.asOf() + " " + p.titles() + " " + p.films())
                    .containsExactlyInAnyOrder("mubi 2024-01-01 7 5", "filmo 2023-03-01 4 3");
            assertThat(s.titles().platformCounts("US")).extracting(p -> p.platformId() + " " + p.territory() + " " + p.titles())
                    .containsExactlyInAnyOrder("mubi US 4", "filmo FR 4");
            new DirectCounts(s.database()).assertAggregatesMatch("FR", "US");
        }
    }
}
