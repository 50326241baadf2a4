package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.analysis.CatalogueShares;
import fr.vodcompare.analysis.CatalogueSize;
import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.FactStatus;
import fr.vodcompare.model.Qualifier;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 6 (facts carry their meaning as columns) on a committed store of schema 4 ({@code v4-store.db}, made by the
 * schema-4 app, main at 446b359, from the files in {@code v4-store-sources/} with {@code mk.jsh}): a user platform,
 * MUBI (FR), one catalogue of 5 titles, and two user facts in the layout before (a catalogue count, a European works
 * share). They keep every value and come out "as reported": status and scope not stated, no qualifier.
 */
class MigrationV6Test {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void copyTheOldStore() throws Exception {
        file = dir.resolve("v4.db");
        try (InputStream in = MigrationV6Test.class.getResourceAsStream("v4-store.db")) {
            Files.copy(in, file);
        }
        try (Database v4 = Database.open(file, 4)) {
            assertThat(v4.read(Migrations::version)).isEqualTo(4);
        }
    }

    private static List<Fact> mubi(Store s) throws Exception {
        return s.facts().all().stream().filter(f -> "mubi".equals(f.platformId())).toList();
    }

    @Test
    void theUserFactsAreKeptAsReported() throws Exception {
        try (Store s = Store.open(file)) {
            assertThat(s.meta().schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(mubi(s)).extracting(f -> f.metric() + " " + f.valueText() + " " + f.unit() + " " + f.source().citation())
                    .containsExactlyInAnyOrder("catalogue_size_titles 400 titles Test source, 2023",
                            "catalogue_share_european_works 60 % of titles Test source, 2023");
            assertThat(mubi(s)).allSatisfy(f -> {
                assertThat(f.status()).isEqualTo(FactStatus.NOT_STATED);
                assertThat(f.qualifier()).isEqualTo(Qualifier.EXACT);
                assertThat(f.scope()).isNull();
                assertThat(f.publisher()).isNull();
            });
            assertThat(s.titles().platformCounts()).extracting(p -> p.platformId() + " " + p.titles()).containsExactly("mubi 5");
            assertThat(applied(s)).contains(1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void theBundledFactsComeWithTheirMeaningAndTheUserFactsShowLikeAnyOther() throws Exception {
        try (Store s = StoreSetup.open(file, x -> { })) {
            List<Fact> all = s.facts().all();
            assertThat(all).filteredOn(f -> f.metric().equals(CatalogueSize.METRIC) && "2905".equals(f.valueText()))
                    .singleElement().satisfies(f -> {
                        assertThat(f.status()).isEqualTo(FactStatus.OFFICIAL);
                        assertThat(f.scope()).isEqualTo("FR");
                        assertThat(f.publisher()).isEqualTo("CNC");
                    });
            assertThat(all).filteredOn(f -> f.metric().equals(CatalogueShares.FRENCH_OR_EUROPEAN) && "disney_plus".equals(f.platformId()))
                    .singleElement().satisfies(f -> assertThat(f.qualifier()).isEqualTo(Qualifier.AT_MOST));
            // the user's count and share, whose file stated nothing, are in the figures like any other
            assertThat(CatalogueSize.of(List.of(), all).published()).extracting(Fact::platformId).contains("mubi", "netflix");
            assertThat(CatalogueShares.of(all).europeanWorks()).extracting(Fact::platformId).contains("mubi");
            assertThat(mubi(s)).hasSize(2).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.NOT_STATED));
        }
    }

    @Test
    void aMigrationALowerNumberThanTheStoresIsStillAppliedWhenItsListSaysItIsMissing() throws Exception {
        // a store that reached a higher number first (a build without a lower migration that another branch added):
        // its list of applied migrations lacks 5 and 6 while user_version says 6: both are applied, in order
        try (Database db = Database.open(file, 4)) {
            db.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO meta(key, value) VALUES ('" + Migrations.APPLIED + "', '1,2,3,4')");
                    st.execute("PRAGMA user_version = 6");
                }
                return null;
            });
        }
        try (Store s = Store.open(file)) {
            assertThat(s.meta().schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(mubi(s)).hasSize(2).allSatisfy(f -> assertThat(f.status()).isEqualTo(FactStatus.NOT_STATED));
            assertThat(applied(s)).contains(1, 2, 3, 4, 5, 6);
        }
    }

    private static java.util.Set<Integer> applied(Store s) throws StoreException {
        java.util.Set<Integer> out = s.database().read(c -> Migrations.applied(c, Migrations.version(c)));
        return out;
    }
}
