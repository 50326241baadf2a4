package fr.vodcompare.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.ImportReport;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.importing.ImportViewModel.State;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a catalogue for a platform, date and territory that hold one: the dialog asks, and replaces only on Yes. */
class ImportReplaceTest {
    @TempDir
    Path dir;
    Store store;
    ImportViewModel vm;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.bundledCopy(dir);
        vm = newViewModel();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportViewModel newViewModel() {
        ImportViewModel v = new ImportViewModel(store, BackgroundTasks.sameThread(), new DataEvents());
        v.load();
        return v;
    }

    /** Imports {@code rows} as MUBI's catalogue of 1 March 2024 (territory FR) through the dialog's view model. */
    private void importMubi(ImportViewModel v, String name, String rows) throws Exception {
        v.fileProperty().set(TestStores.write(dir, name, "show_id,type,title,release_year\n" + rows));
        v.platformIdProperty().set("mubi");
        v.asOfProperty().set(LocalDate.of(2024, 3, 1));
        v.territoryProperty().set("fr");
        v.start();
    }

    private Snapshot mubi() throws Exception {
        return store.catalogue().find("mubi", LocalDate.of(2024, 3, 1), "FR").orElseThrow();
    }

    @Test
    void asksBeforeReplacingAndWritesNothingWhenTheAnswerIsNo() throws Exception {
        importMubi(vm, "first.csv", "m1,Movie,Amélie,2001\nm2,Movie,Caché,2005\nm3,TV Show,Dix pour cent,2015\n");
        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        String before = TestStores.contentDigest(store);

        ImportViewModel again = newViewModel();
        importMubi(again, "second.csv", "m1,Movie,Amélie,2001\n");
        assertThat(again.stateProperty().get()).isEqualTo(State.ASKING);
        assertThat(again.existingProperty().get().titleCount()).isEqualTo(3);
        assertThat(TestStores.contentDigest(store)).as("nothing written while asking").isEqualTo(before);
        again.keep();
        assertThat(again.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(again.problemProperty().get()).isEqualTo(new UiMessage("import.replace.kept", "mubi", java.time.LocalDate.of(2024, 3, 1), 3));
        assertThat(TestStores.contentDigest(store)).isEqualTo(before);
        assertThat(mubi().titleCount()).isEqualTo(3);
    }

    @Test
    void replacesWhenTheAnswerIsYesAndReportsWhatItRemoved() throws Exception {
        importMubi(vm, "first.csv", "m1,Movie,Amélie,2001\nm2,Movie,Caché,2005\nm3,TV Show,Dix pour cent,2015\n");
        ImportViewModel again = newViewModel();
        importMubi(again, "second.csv", "m1,Movie,Amélie,2001\n");
        again.replace();
        assertThat(again.stateProperty().get()).isEqualTo(State.DONE);
        ImportReport.SnapshotReport s = again.reportProperty().get().snapshot();
        assertThat(s.replaced()).isTrue();
        assertThat(s.replacedTitles()).isEqualTo(3);
        assertThat(s.titles()).isEqualTo(1);
        assertThat(s.noLongerListed()).isEqualTo(2);
        assertThat(s.territory()).isEqualTo("FR");
        assertThat(s.territoryAssumed()).isFalse();
        assertThat(mubi().titleCount()).isEqualTo(1);
    }

    @Test
    void aBundledCatalogueIsNeverReplacedFromTheWindow() throws Exception {
        String before = TestStores.contentDigest(store);
        vm.fileProperty().set(TestStores.write(dir, "netflix.csv", "show_id,type,title,release_year\ns1,Movie,Lupin,2021\n"));
        vm.platformIdProperty().set("netflix");
        vm.asOfProperty().set(LocalDate.of(2021, 9, 25));
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.existingProperty().get()).as("no question: the answer could only be no").isNull();
        assertThat(vm.problemProperty().get()).isEqualTo(new UiMessage("import.failed.bundled", "Netflix", java.time.LocalDate.of(2021, 9, 25), 8_807));
        vm.replace();
        assertThat(TestStores.contentDigest(store)).isEqualTo(before);
    }

    @Test
    void withoutATerritoryTheReportSaysWhichWasAssumed() throws Exception {
        vm.fileProperty().set(TestStores.write(dir, "netflix.csv", "show_id,type,title,release_year\ns1,Movie,Lupin,2021\n"));
        vm.platformIdProperty().set("netflix");
        vm.asOfProperty().set(LocalDate.of(2022, 1, 31));
        vm.start();
        ImportReport.SnapshotReport s = vm.reportProperty().get().snapshot();
        assertThat(s.territory()).isEqualTo(Snapshot.UNSTATED);
        assertThat(s.territoryAssumed()).isTrue();
        assertThat(s.replaced()).isFalse();
    }
}
