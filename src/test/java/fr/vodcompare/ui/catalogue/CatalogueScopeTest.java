package fr.vodcompare.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.testing.BundledStore;
import fr.vodcompare.testing.TestStores;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue screen shows any snapshot, and the current catalogues of a territory. */
class CatalogueScopeTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    CatalogueViewModel vm;

    @BeforeEach
    void load() {
        vm = newViewModel(BUNDLED.store(), new DataEvents());
        vm.load();
    }

    private static CatalogueViewModel newViewModel(Store store, DataEvents events) {
        return new CatalogueViewModel(new TitleBrowseQueries(store.database()), store.titles(), BackgroundTasks.sameThread(),
                BackgroundTasks.sameThread(), events, new CatalogueScope(() -> store.catalogue().snapshots()));
    }

    private Snapshot snapshot(String platform, String date) {
        return vm.scope().snapshots().stream().filter(s -> s.platformId().equals(platform) && s.asOf().toString().equals(date))
                .findFirst().orElseThrow();
    }

    private List<Row> rows() {
        return vm.rowsProperty().get().subList(0, Math.min(50, vm.matchCountProperty().get()));
    }

    @Test
    void atFirstEachPlatformsCurrentCatalogueInTheNewestCataloguesTerritory() {
        assertThat(vm.scope().snapshotProperty().get()).isNull();
        assertThat(vm.scope().territoryProperty().get()).isNull();
        Snapshot newest = vm.scope().newestProperty().get();
        assertThat(newest.platformId()).isEqualTo("prime_video");
        assertThat(newest.asOf()).isEqualTo(LocalDate.of(2021, 10, 10));
        assertThat(vm.filter().territory()).isEqualTo(Snapshot.UNSTATED);
        assertThat(vm.scope().snapshots()).hasSize(3);
        assertThat(vm.matchCountProperty().get()).isEqualTo(18_475).isEqualTo(vm.totalCountProperty().get());
    }

    @Test
    void showsTheTitlesOfAnOlderSnapshot() {
        // the 2019 film of that name is no longer listed in 2021 (a 2016 film of the same name is)
        vm.searchProperty().set("always be my maybe");
        assertThat(rows()).extracting(r -> r.title().releaseYear()).doesNotContain(2019);
        Snapshot old = snapshot("netflix", "2019-11-30");
        vm.scope().snapshotProperty().set(old);
        assertThat(rows()).extracting(r -> r.title().name() + " " + r.title().releaseYear()).contains("Always Be My Maybe 2019");
        vm.searchProperty().set("");
        assertThat(vm.matchCountProperty().get()).isEqualTo(old.titleCount()).isEqualTo(5_837);
        assertThat(vm.totalCountProperty().get()).isEqualTo(5_837);
        assertThat(rows()).allMatch(r -> r.platformName().equals("Netflix"));
        vm.scope().snapshotProperty().set(null);
        assertThat(vm.matchCountProperty().get()).isEqualTo(18_475);
        assertThat(vm.totalCountProperty().get()).isEqualTo(18_475);
    }

    @Test
    void aSnapshotShowsEvenWhenItsPlatformIsHiddenAndTheOtherFiltersStillApply() {
        vm.showPlatform("netflix", false);
        vm.kindProperty().set(fr.vodcompare.model.Kind.SERIES);
        vm.scope().snapshotProperty().set(snapshot("netflix", "2019-11-30"));
        assertThat(vm.matchCountProperty().get()).isPositive().isLessThan(5_837);
        assertThat(rows()).allMatch(r -> r.platformName().equals("Netflix") && r.title().kind() == fr.vodcompare.model.Kind.SERIES);
    }

    @Test
    void aNewerCatalogueInAnotherTerritoryBecomesTheDefaultAndTheOtherTerritoryCanBeChosen(@TempDir Path dir) throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            DataEvents events = new DataEvents();
            CatalogueViewModel other = newViewModel(store, events);
            other.load();
            Path file = TestStores.write(dir, "fr.csv", "show_id,type,title,release_year\nx1,Movie,Lupin,2021\n");
            new CatalogueImporter(store).run(new CatalogueImport(file, "netflix", null, LocalDate.of(2022, 1, 31), "FR",
                    CsvOptions.DEFAULT, false), ImportProgress.NONE);
            events.changed();
            assertThat(other.scope().newestProperty().get().territory()).isEqualTo("FR");
            assertThat(other.scope().territories()).containsExactly("FR", Snapshot.UNSTATED);
            // Netflix: its one French title; Prime Video has nothing in France: its newest catalogue
            assertThat(other.totalCountProperty().get()).isEqualTo(1 + 9_668);
            assertThat(other.platforms()).extracting(CatalogueViewModel.PlatformChoice::titles).containsExactly(1, 9_668);
            other.scope().territoryProperty().set(Snapshot.UNSTATED);
            assertThat(other.totalCountProperty().get()).isEqualTo(18_475);
            assertThat(other.matchCountProperty().get()).isEqualTo(18_475);
        }
    }
}
