package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.analysis.Overlap;
import fr.vodcompare.ingest.StoreSetup;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 5 (works across platforms) on a store of schema 4 with data, and on the committed schema-2 store. */
class MigrationV5Test {
    @TempDir
    Path dir;

    private static int count(Store s, String sql) throws Exception {
        return s.database().read(c -> {
            try (var rs = c.prepareStatement(sql).executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aSchemaFourStoreIsMatchedOnItsFirstOpen() throws Exception {
        Path file = dir.resolve("v4.db");
        try (Database v4 = Database.open(file, 4)) {
            v4.write(c -> {
                PlatformRepository.ensure(c, "acme", "Acme");
                PlatformRepository.ensure(c, "bravo", "Bravo");
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO snapshot(id, platform_id, as_of, territory, imported_at, title_count) VALUES "
                            + "(1, 'acme', '2020-01-01', 'FR', 'x', 2), (2, 'bravo', '2020-02-01', 'FR', 'x', 1)");
                    s.execute("INSERT INTO title(id, platform_id, ext_key, kind, name, norm_name, release_year, cast_list) VALUES "
                            + "(1, 'acme', 'id:a1', 'film', 'Les Misérables', 'les miserables', 2019, 'Damien Bonnard'), "
                            + "(2, 'acme', 'id:a2', 'series', 'The Office', 'the office', 2005, 'Steve Carell'), "
                            + "(3, 'bravo', 'id:b1', 'film', 'Miserables', 'miserables', 2019, NULL)");
                    s.execute("INSERT INTO title_presence VALUES (1, 'acme', 'FR', '2020-01-01', '2020-01-01'), "
                            + "(2, 'acme', 'FR', '2020-01-01', '2020-01-01'), (3, 'bravo', 'FR', '2020-02-01', '2020-02-01')");
                }
                return null;
            });
        }
        try (Store s = Store.open(file)) {
            assertThat(s.meta().schemaVersion()).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(5);
            assertThat(count(s, "SELECT COUNT(*) FROM work_match")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM title")).isEqualTo(3);
            fr.vodcompare.ingest.WorkMatching.ensureMatched(s);
            Overlap.PairOverlap o = Overlap.of(s, null, List.of()).get(0);
            assertThat(o.shared()).isEqualTo(1);
            assertThat(o.titles()).singleElement().satisfies(t -> assertThat(t.title() + "|" + t.titleB() + "|" + t.rule())
                    .isEqualTo("Les Misérables|Miserables|title_year"));
            assertThat(List.of(o.onlyA(), o.onlyB())).containsExactly(1, 0);
        }
    }

    /**
     * The committed schema-2 store (see {@link MigrationV3Test}): its user Netflix import of 30 titles
     * ({@code v2-store-sources/nf.csv}) shares one work with the bundled Prime Video catalogue, "Paranoia"
     * (2013), as {@code scripts/overlap_recount.py nf.csv amazon_prime_titles.csv} also counts; MUBI's three
     * current titles (Amélie, Parasite, Portrait de la jeune fille en feu) are on neither.
     */
    @Test
    void theCommittedSchemaTwoStoreIsUpgradedAndMatched() throws Exception {
        Path file = dir.resolve("v2.db");
        try (InputStream in = MigrationV5Test.class.getResourceAsStream("v2-store.db")) {
            Files.copy(in, file);
        }
        try (Store s = StoreSetup.open(file, x -> { })) {
            assertThat(s.meta().schemaVersion()).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(5);
            List<Overlap.PairOverlap> pairs = Overlap.of(s, null, List.of());
            assertThat(pairs).extracting(p -> p.a() + "/" + p.b() + " " + p.titlesA() + " " + p.titlesB() + " " + p.shared())
                    .containsExactly("mubi/netflix 3 30 0", "mubi/prime_video 3 9668 0", "netflix/prime_video 30 9668 1");
            assertThat(pairs.get(2).titles()).singleElement()
                    .satisfies(t -> assertThat(t.title() + " " + t.year() + " " + t.rule()).isEqualTo("Paranoia 2013 title_year"));
        }
    }
}
