package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.store.TitlePages.Page;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search in memory holds each territory's current catalogues apart: a territory's page is the store's. */
class RankedWalkTerritoryTest {
    @TempDir
    Path dir;

    @Test
    void eachTerritoryShowsItsOwnCurrentCatalogues() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            // a newer Netflix catalogue in France listing a third of Netflix's titles
            store.database().write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO snapshot(platform_id, as_of, territory, source_name, imported_at, title_count) "
                            + "VALUES ('netflix', '2022-01-01', 'FR', 'test', '2022-01-02T00:00:00Z', 0)");
                    s.executeUpdate("INSERT INTO title_presence(title_id, platform_id, territory, first_seen, last_seen) "
                            + "SELECT id, 'netflix', 'FR', '2022-01-01', '2022-01-01' FROM title WHERE platform_id = 'netflix' "
                            + "AND id % 3 = 0");
                }
                return null;
            });
            TitlePages ranked = new TitlePages(store.database(), true);
            TitlePages stored = new TitlePages(store.database(), false);
            assertThat(ranked.awaitSearch()).isTrue();
            TitleRanks r = TitleRanks.await(store.database());
            assertThat(r.shown("FR")).isNotNull().isNotEqualTo(r.shown("unstated"));
            assertThat(r.shown("fr")).isEqualTo(r.shown("FR"));
            for (String territory : new String[] {"FR", "unstated", null}) {
                for (String typed : List.of("a", "the", "lo", "mar", "omar s", "di r")) {
                    TitleFilter f = TitleFilter.ALL.withTerritory(territory).withSearch(typed);
                    assertThat(ids(ranked.after(f, TitleSort.DEFAULT, null, 120))).as(f.toString())
                            .isEqualTo(ids(stored.after(f, TitleSort.DEFAULT, null, 120)));
                }
            }
        }
    }

    private static List<Long> ids(Page p) {
        List<Long> out = new ArrayList<>();
        p.rows().forEach(r -> out.add(r.title().id()));
        return out;
    }
}
