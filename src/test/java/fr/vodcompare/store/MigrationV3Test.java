package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 3 (catalogue history) on a committed store of schema 2 ({@code v2-store.db}, made by the
 * schema-2 app from the files in {@code v2-store-sources/}): a user's Netflix import of 30 titles, and
 * a user platform, MUBI (FR), with three snapshots, 2020 (m1–m5), 2021 (m1, m2, m3, m6) and 2022
 * (m1, m4, m6), plus one user fact. Nothing the user had may be lost.
 */
class MigrationV3Test {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void copyTheOldStore() throws Exception {
        file = dir.resolve("v2.db");
        try (InputStream in = MigrationV3Test.class.getResourceAsStream("v2-store.db")) {
            Files.copy(in, file);
        }
        try (Database v2 = Database.open(file, 2)) {
            assertThat(v2.read(Migrations::version)).isEqualTo(2);
        }
    }

    private static List<String> names(List<Title> titles) {
        return titles.stream().map(Title::name).sorted().toList();
    }

    @Test
    void everySnapshotListsWhatItListedBefore() throws Exception {
        try (Store s = Store.open(file)) {
            assertThat(s.meta().schemaVersion()).isEqualTo(Migrations.latest());
            List<Snapshot> mubi = s.history().snapshots("mubi");
            assertThat(mubi).extracting(x -> x.asOf() + " " + x.territory() + " " + x.titleCount())
                    .containsExactly("2020-01-01 FR 5", "2021-01-01 FR 4", "2022-01-01 FR 3");
            assertThat(names(s.history().titles(mubi.get(0)))).containsExactly("Amélie", "La Haine", "Les Revenants", "Parasite", "Roma");
            assertThat(names(s.history().titles(mubi.get(1))))
                    .containsExactly("Amélie", "La Haine", "Les Revenants", "Portrait de la jeune fille en feu");
            assertThat(names(s.history().titles(mubi.get(2)))).containsExactly("Amélie", "Parasite", "Portrait de la jeune fille en feu");
            assertThat(s.history().snapshots("netflix")).singleElement().satisfies(x -> assertThat(x.titleCount()).isEqualTo(30));
            // Parasite left in 2021 and came back in 2022: two runs; Amélie, seen every time: one
            assertThat(count(s, "SELECT COUNT(*) FROM title_presence p JOIN title t ON t.id = p.title_id WHERE t.name = 'Parasite'"))
                    .isEqualTo(2);
            assertThat(count(s, "SELECT COUNT(*) FROM title_presence p JOIN title t ON t.id = p.title_id WHERE t.name = 'Amélie'"))
                    .isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM (" + ImpliedVersions.ALL + ")")).isEqualTo(count(s, "SELECT COUNT(*) FROM title"));
            assertThat(count(s, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'title_seen'")).isZero();
            // the current view is what the schema-2 store showed: its last import's values
            assertThat(s.titles().search("revenants", "mubi", 5)).singleElement()
                    .satisfies(t -> assertThat(t.releaseYear()).isEqualTo(2015));
            assertThat(s.titles().platformCounts()).extracting(p -> p.platformId() + " " + p.titles())
                    .containsExactlyInAnyOrder("netflix 30", "mubi 3");
        }
    }

    @Test
    void theUpgradedStoreTakesTheBundledDataAndKeepsTheUserImportsAndFacts() throws Exception {
        try (Store s = StoreSetup.open(file, x -> { })) {
            assertThat(s.catalogue().snapshots()).extracting(x -> x.platformId() + " " + x.asOf() + " " + x.bundled())
                    .contains("mubi 2022-01-01 false", "mubi 2021-01-01 false", "mubi 2020-01-01 false",
                            // the user's own Netflix snapshot of 2021-09-25 stays; the bundled 2019 one is added
                            "netflix 2021-09-25 false", "netflix 2019-11-30 true", "prime_video 2021-10-10 true");
            assertThat(s.history().snapshots("netflix")).filteredOn(x -> x.asOf().getYear() == 2021).singleElement()
                    .satisfies(x -> assertThat(x.titleCount()).isEqualTo(30));
            assertThat(s.facts().all()).anySatisfy(f -> assertThat(f.platformLabel()).isEqualTo("MUBI"));
        }
    }

    private static int count(Store s, String sql) throws Exception {
        return s.database().read(c -> {
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                return rs.getInt(1);
            }
        });
    }
}
