package fr.vodcompare.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.ImportReport;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.testing.TestStores;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.RecordingExecutor;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.importing.ColumnMapping.Mapping;
import fr.vodcompare.ui.importing.ImportViewModel.State;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;
    Store store;
    DataEvents events = new DataEvents();
    ImportViewModel vm;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.bundledCopy(dir);
        vm = new ImportViewModel(store, BackgroundTasks.sameThread(), events);
        vm.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A French Excel export: semicolons, Windows-1252, its own column names. */
    private Path frenchExcelFile() throws Exception {
        Path f = dir.resolve("mubi.csv");
        Files.writeString(f, "id;genre;nom;année;pays\r\nm1;Movie;Amélie;2001;France\r\nm2;TV Show;Dix pour cent;2015;France\r\n",
                Charset.forName("windows-1252"));
        return f;
    }

    private void map(String fileColumn, String target) {
        vm.mapping().stream().filter(mp -> mp.fileColumn().equals(fileColumn)).findFirst().orElseThrow()
                .targetProperty().set(target);
    }

    private int titles() throws Exception {
        return new TitleBrowseQueries(store.database()).count(TitleFilter.ALL);
    }

    @Test
    void previewsTheFirstRowsWithTheChosenEncoding() throws Exception {
        vm.encodingProperty().set("windows-1252");
        vm.fileProperty().set(frenchExcelFile());
        assertThat(vm.rowCountProperty().get()).isEqualTo(2);
        assertThat(vm.mapping()).extracting(Mapping::fileColumn).containsExactly("id", "genre", "nom", "année", "pays");
        assertThat(vm.preview().get(0)).containsExactly("m1", "Movie", "Amélie", "2001", "France");
        assertThat(vm.factsProperty().get()).isFalse();
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsFrenchExcelAndSaysSo() throws Exception {
        vm.fileProperty().set(frenchExcelFile());
        assertThat(vm.encodingProperty().get()).isEqualTo("windows-1252");
        assertThat(vm.noticeProperty().get().key()).isEqualTo("import.encoding.switched");
        assertThat(vm.preview().get(0)).contains("Amélie");
    }

    @Test
    void aFileThatIsNeitherUtf8NorWindows1252IsSaidPlainly() throws Exception {
        Path f = dir.resolve("utf16.csv");
        Files.write(f, new byte[] {'t', 'y', 'p', 'e', ',', 't', 'i', 't', 'l', 'e', '\n', 'M', ',', (byte) 0x81, '\n'});
        vm.encodingProperty().set("windows-1252");
        vm.fileProperty().set(f);
        assertThat(vm.previewProblemProperty().get()).isNotNull();
        assertThat(vm.canImportProperty().get()).isFalse();
    }

    @Test
    void importsACatalogueWithItsOwnColumnNamesAsANewPlatform() throws Exception {
        int before = titles();
        long[] changes = {0};
        events.versionProperty().addListener(o -> changes[0]++);
        vm.encodingProperty().set("windows-1252");
        vm.fileProperty().set(frenchExcelFile());
        assertThat(vm.mapping()).extracting(mp -> mp.targetProperty().get())
                .as("French headers map by themselves").containsExactly("", "listed_in", "title", "release_year", "country");
        assertThat(vm.validation()).isEqualTo(new UiMessage("import.check.columns", "type"));
        map("id", "show_id");
        map("genre", "type");
        vm.platformNameProperty().set("MUBI");
        assertThat(vm.platformIdProperty().get()).isEqualTo("mubi");
        vm.asOfProperty().set(LocalDate.of(2024, 1, 31));
        vm.territoryProperty().set("fr");
        assertThat(vm.canImportProperty().get()).isTrue();

        vm.start();

        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        ImportReport r = vm.reportProperty().get();
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(titles()).isEqualTo(before + 2);
        assertThat(store.platforms().find("mubi").orElseThrow().name()).isEqualTo("MUBI");
        assertThat(vm.platformName("mubi")).as("the report names the platform the import made").isEqualTo("MUBI");
        assertThat(store.titles().search("amelie", "mubi", 5)).extracting(t -> t.countries()).containsExactly(
                java.util.List.of("France"));
        assertThat(changes[0]).isEqualTo(1);
    }

    @Test
    void aBadFileFailsInPlainWordsAndChangesNothing() throws Exception {
        int before = titles();
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "type,title\nMovie,One\nMovie,Two,extra\n");
        vm.fileProperty().set(f);
        assertThat(vm.previewProblemProperty().get()).isNotNull();
        assertThat(vm.previewProblemProperty().get().key()).isEqualTo("import.failed.line");
        assertThat(vm.previewProblemProperty().get().args()[0]).isEqualTo(3L);
        vm.platformIdProperty().set("test");
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(State.EDITING);
        assertThat(titles()).isEqualTo(before);
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        RecordingExecutor worker = new RecordingExecutor();
        ImportViewModel slow = new ImportViewModel(store, new BackgroundTasks(worker, Runnable::run), events);
        Path f = dir.resolve("two.csv");
        Files.writeString(f, "type,title\nMovie,One\nMovie,Two\n");
        slow.fileProperty().set(f);
        worker.runAll();
        slow.platformIdProperty().set("cancelled_platform");
        int before = titles();
        slow.start();
        assertThat(slow.stateProperty().get()).isEqualTo(State.RUNNING);
        slow.cancel();
        worker.runAll();
        assertThat(slow.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(slow.problemProperty().get().key()).isEqualTo("import.cancelled");
        assertThat(titles()).isEqualTo(before);
        assertThat(store.platforms().find("cancelled_platform")).isEmpty();
    }

    @Test
    void refusesABadPlatformIdOrTerritory() throws Exception {
        Path f = dir.resolve("ok.csv");
        Files.writeString(f, "type,title\nMovie,One\n");
        vm.fileProperty().set(f);
        vm.platformIdProperty().set("Not OK");
        assertThat(vm.validation().key()).isEqualTo("import.check.platform");
        vm.platformIdProperty().set("ok");
        vm.territoryProperty().set("France");
        assertThat(vm.validation().key()).isEqualTo("import.check.territory");
        vm.territoryProperty().set("FR");
        assertThat(vm.validation()).isNull();
    }

    @Test
    void recognisesAFactsFileAndImportsIt() throws Exception {
        Path f = dir.resolve("facts.csv");
        Files.writeString(f, "metric,platform,period,value,unit,source,source_url,note\n"
                + "subscribers,Netflix,2030-01,99,million subscriptions,Test source,https://example.org/x,\n");
        vm.fileProperty().set(f);
        assertThat(vm.factsProperty().get()).isTrue();
        assertThat(vm.validation()).isNull();
        int before = store.facts().all().size();
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(store.facts().all()).hasSize(before + 1);
    }

    /** The name typed letter by letter, as in the dialog. */
    private void typeName(String name) {
        for (int i = 1; i <= name.length(); i++) {
            vm.platformNameProperty().set(name.substring(0, i));
        }
    }

    @Test
    void theIdFollowsTheNameTypedUntilTheUserTypesOneOfTheirOwn() {
        typeName("Acme TV");
        assertThat(vm.platformIdProperty().get()).isEqualTo("acme_tv");

        vm.platformNameProperty().set("");
        vm.platformIdProperty().set("acme"); // the user's own id, which the name "Acme" would also give
        typeName("Acme TV");
        assertThat(vm.platformIdProperty().get()).as("the id the user typed is kept").isEqualTo("acme");

        vm.platformIdProperty().set(""); // emptied by the user: the name gives it again
        typeName("Acme TV Plus");
        assertThat(vm.platformIdProperty().get()).isEqualTo("acme_tv_plus");
    }

    @Test
    void suggestsAnIdFromTheName() {
        assertThat(ImportViewModel.suggestId("Canal+ Séries")).isEqualTo("canal_series");
        assertThat(ImportViewModel.suggestId("Disney+")).isEqualTo("disney");
    }
}
