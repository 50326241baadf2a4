package fr.vodcompare.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.data.DataViewModel.PlatformRow;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {
    @TempDir
    Path dir;
    Store store;
    DataViewModel vm;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.bundledCopy(dir);
        vm = new DataViewModel(store, BackgroundTasks.sameThread(), new DataEvents());
        vm.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PlatformRow row(String id) {
        return vm.platforms().stream().filter(r -> r.platform().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsPlatformsWithTheirCataloguesAndTitles() {
        assertThat(vm.platforms()).hasSize(16);
        assertThat(row("netflix").titles()).isEqualTo(8807);
        assertThat(row("netflix").snapshots()).isEqualTo(2);
        assertThat(vm.snapshots()).extracting(s -> s.platformId() + " " + s.asOf())
                .containsExactly("netflix 2021-09-25", "netflix 2019-11-30", "prime_video 2021-10-10");
    }

    @Test
    void renamesAndRecolours() {
        assertThat(vm.rename("netflix", "  Netflix France ")).isTrue();
        assertThat(row("netflix").platform().name()).isEqualTo("Netflix France");
        assertThat(vm.rename("netflix", " ")).isFalse();
        assertThat(vm.problemProperty().get().key()).isEqualTo("data.check.name");
        assertThat(vm.setColour("netflix", "#00ff00")).isTrue();
        assertThat(row("netflix").platform().colour()).isEqualTo("#00FF00");
        assertThat(vm.setColour("netflix", "green")).isFalse();
    }

    @Test
    void deletingASnapshotOrAPlatformThenRestoringTheBundledData() {
        Snapshot prime = vm.snapshots().stream().filter(s -> s.platformId().equals("prime_video")).findFirst().orElseThrow();
        vm.deleteSnapshot(prime);
        assertThat(vm.snapshots()).extracting(Snapshot::platformId).containsExactly("netflix", "netflix");
        assertThat(row("prime_video").titles()).isZero();
        vm.deletePlatform(row("netflix"));
        assertThat(vm.platforms()).noneMatch(r -> r.platform().id().equals("netflix"));
        assertThat(vm.snapshots()).isEmpty();
        vm.restoreBundled();
        assertThat(vm.messageProperty().get().key()).isEqualTo("data.done.restored");
        assertThat(row("netflix").titles()).isEqualTo(8807);
        assertThat(row("prime_video").titles()).isEqualTo(9668);
    }
}
