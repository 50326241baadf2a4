package fr.vodcompare.ui.importing;

import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.CsvStream;
import fr.vodcompare.ingest.CsvTable;
import fr.vodcompare.ingest.FactsImporter;
import fr.vodcompare.ingest.ImportCancelledException;
import fr.vodcompare.ingest.SnapshotConflictException;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.ingest.ImportReport;
import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Platform;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.importing.ColumnMapping.Mapping;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import dialog: a catalogue (as a snapshot of a platform) or a facts file. Reads a preview and
 * proposes a column mapping, checks the form, runs the import in the background with progress and cancel,
 * and reports what was imported and warned about. A failed import changes nothing and says why. FX thread only.
 */
public final class ImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);
    static final int PREVIEW_ROWS = 10;
    /** The encodings offered: UTF-8, and what French Excel writes. */
    public static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252");
    /** Separators offered; 0 detects ',' or ';' from the header line. */
    public static final List<Character> DELIMITERS = List.of((char) 0, ',', ';', '\t');

    /** Where the dialog is: ASKING whether to replace the catalogue stored for the same platform, date and territory. */
    public enum State { EDITING, RUNNING, ASKING, DONE, FAILED, CANCELLED }

    private final Store store;
    private final BackgroundTasks tasks;
    private final DataEvents events;
    private final BooleanProperty facts = new SimpleBooleanProperty(this, "facts");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringProperty encoding = new SimpleStringProperty(this, "encoding", ENCODINGS.get(0));
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter", (char) 0);
    private final StringProperty platformId = new SimpleStringProperty(this, "platformId", "");
    private final StringProperty platformName = new SimpleStringProperty(this, "platformName", "");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final StringProperty territory = new SimpleStringProperty(this, "territory", "");
    private final ObservableList<Platform> platforms = FXCollections.observableArrayList();
    private final ObservableList<Mapping> mapping = FXCollections.observableArrayList(mp -> new Observable[] {mp.targetProperty()});
    private final ObservableList<List<String>> preview = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Integer> rowCount = new ReadOnlyObjectWrapper<>(this, "rowCount");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EDITING);
    private final ReadOnlyObjectWrapper<UiMessage> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<UiMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<UiMessage> previewProblem = new ReadOnlyObjectWrapper<>(this, "previewProblem");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<UiMessage> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<Snapshot> existing = new ReadOnlyObjectWrapper<>(this, "existing");
    private final BooleanBinding canImport;
    private volatile boolean cancelled;
    private long previewGeneration;
    /** The id last suggested from the name ("" before any): an id that differs was typed by the user. */
    private String suggested = "";

    public ImportViewModel(Store store, BackgroundTasks tasks, DataEvents events) {
        this.store = store;
        this.tasks = tasks;
        this.events = events;
        for (Observable o : List.of(file, encoding, delimiter)) {
            o.addListener(x -> readPreview());
        }
        facts.addListener(x -> remap());
        platformName.addListener((o, was, now) -> {
            // the id follows the name until the user types an id of their own (one that is not the last suggestion)
            if (platformId.get().isEmpty() || platformId.get().equals(suggested)) {
                suggested = suggestId(now);
                platformId.set(suggested);
            }
        });
        canImport = Bindings.createBooleanBinding(() -> validation() == null && state.get() != State.RUNNING,
                file, platformId, territory, mapping, preview, state, facts, previewProblem);
    }

    /** Loads the platform list (for the platform field). */
    public void load() {
        tasks.task(() -> store.platforms().all()).onSuccess(platforms::setAll)
                .onFailure(e -> LOG.warn("Loading the platforms failed", e)).start();
    }

    /** "Disney+" becomes "disney", "Canal+ Séries" "canal_series": a valid id for a name. */
    public static String suggestId(String name) {
        return name == null ? "" : Normalise.text(name).replace(' ', '_');
    }

    private CsvOptions options(Map<String, String> columnMap) {
        return new CsvOptions(Charset.forName(encoding.get()), delimiter.get() == null ? 0 : delimiter.get(), columnMap);
    }

    private void readPreview() {
        Path f = file.get();
        previewProblem.set(null);
        notice.set(null);
        if (f == null) {
            preview.clear();
            mapping.clear();
            return;
        }
        long gen = ++previewGeneration;
        CsvOptions opts = options(Map.of());
        // the whole file is checked, but only its first rows are kept: a file of a million rows previews in bounded memory
        tasks.task(() -> CsvStream.preview(f, opts, PREVIEW_ROWS)).onSuccess(t -> {
            if (gen == previewGeneration) {
                showPreview(t);
            }
        }).onFailure(e -> {
            if (gen != previewGeneration) {
                return;
            }
            preview.clear();
            mapping.clear();
            rowCount.set(null);
            if (ImportProblems.notUtf8(e) && ENCODINGS.get(0).equals(encoding.get())) {
                // Most such files come from French Excel: read it as that, and say so.
                encoding.set(ENCODINGS.get(1));
                notice.set(new UiMessage("import.encoding.switched"));
                return;
            }
            previewProblem.set(ImportProblems.plain(e));
        }).start();
    }

    private void showPreview(CsvStream.Preview t) {
        List<String> header = t.header();
        List<String> lower = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (lower.contains("metric") && lower.contains("value") && !lower.contains("title")) {
            facts.set(true);
        } else if (lower.contains("title") && lower.contains("type")) {
            facts.set(false);
        }
        List<List<String>> rows = new ArrayList<>();
        for (CsvTable.Row r : t.first()) {
            List<String> cells = new ArrayList<>(Arrays.asList(r.cells()));
            while (cells.size() < header.size()) {
                cells.add("");
            }
            rows.add(cells);
        }
        rowCount.set(t.rows());
        List<Mapping> maps = new ArrayList<>();
        for (String h : header) {
            maps.add(new Mapping(h, ColumnMapping.guess(h, facts.get())));
        }
        mapping.setAll(maps);
        preview.setAll(rows);
    }

    /** Re-proposes the mapping for the other kind of file. */
    private void remap() {
        List<Mapping> maps = new ArrayList<>();
        mapping.forEach(mp -> maps.add(new Mapping(mp.fileColumn(), ColumnMapping.guess(mp.fileColumn(), facts.get()))));
        mapping.setAll(maps);
    }

    /** The app's columns for the kind of file. */
    public List<String> targets() {
        return ColumnMapping.targets(facts.get());
    }

    /** The columns the importer needs and the mapping lacks. */
    public List<String> missingColumns() {
        return ColumnMapping.missing(facts.get(), mapping);
    }

    /** What stops the import, or null when it can run. */
    public UiMessage validation() {
        if (file.get() == null) {
            return new UiMessage("import.check.file");
        }
        if (previewProblem.get() != null) {
            return previewProblem.get();
        }
        UiMessage columns = ColumnMapping.check(facts.get(), mapping);
        return columns != null || facts.get() ? columns : ImportProblems.checkCatalogue(platformId.get(), territory.get());
    }

    /** Starts the import in the background; a catalogue whose platform, date and territory hold one already asks first. */
    public void start() {
        start(false);
    }

    /** The user agreed to replace the catalogue stored for the same platform, date and territory: imports, replacing it. */
    public void replace() {
        if (state.get() == State.ASKING) {
            start(true);
        }
    }

    /** The user keeps the catalogue stored: nothing is written. */
    public void keep() {
        Snapshot s = existing.get();
        if (state.get() == State.ASKING && s != null) {
            problem.set(new UiMessage("import.replace.kept", platformName(s.platformId()), s.asOf(), s.titleCount()));
            existing.set(null);
            state.set(State.CANCELLED);
        }
    }

    private void start(boolean replace) {
        if (validation() != null || state.get() == State.RUNNING) {
            return;
        }
        existing.set(null);
        cancelled = false;
        problem.set(null);
        report.set(null);
        state.set(State.RUNNING);
        step.set(new UiMessage("import.step.reading"));
        Path f = file.get();
        CsvOptions opts = options(ColumnMapping.columnMap(mapping));
        boolean isFacts = facts.get();
        CatalogueImport req = isFacts ? null : new CatalogueImport(f, platformId.get().strip(),
                platformName.get().isBlank() ? null : platformName.get().strip(), asOf.get(),
                territory.get().isBlank() ? null : territory.get().strip(), opts, false, replace, null);
        ImportProgress progress = new ImportProgress() {
            @Override
            public void step(String what) {
                tasks.onUi(() -> step.set(new UiMessage("import.step." + what)));
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
        // the platforms read again with the report: a platform the import made is named by its name in the report
        tasks.task(() -> new Done(isFacts ? new FactsImporter(store).run(f, opts, false) : new CatalogueImporter(store).run(req, progress),
                        store.platforms().all()))
                .onSuccess(d -> {
                    platforms.setAll(d.platforms());
                    ImportReport r = d.report();
                    report.set(r);
                    state.set(State.DONE);
                    step.set(null);
                    events.changed();
                })
                .onFailure(this::failed)
                .start();
    }

    /** An import's report and the platforms stored after it. */
    private record Done(ImportReport report, List<Platform> platforms) {
    }

    private void failed(Throwable e) {
        step.set(null);
        if (e instanceof ImportCancelledException) {
            state.set(State.CANCELLED);
            problem.set(new UiMessage("import.cancelled"));
            return;
        }
        if (e instanceof SnapshotConflictException) {
            Snapshot s = ((SnapshotConflictException) e).existing();
            if (!s.bundled()) {
                existing.set(s);
                state.set(State.ASKING);
                return;
            }
            problem.set(new UiMessage("import.failed.bundled", platformName(s.platformId()), s.asOf(), s.titleCount()));
            state.set(State.FAILED);
            return;
        }
        LOG.warn("Import of {} failed", file.get(), e);
        problem.set(ImportProblems.plain(e));
        state.set(State.FAILED);
    }

    /** Asks a running import to stop; it stops before writing, or rolls its write back. */
    public void cancel() {
        cancelled = true;
        step.set(new UiMessage("import.step.cancelling"));
    }

    /** Back to the form after a failure or a report, to import another file. */
    public void again() {
        state.set(State.EDITING);
        problem.set(null);
        report.set(null);
    }

    /** A platform's name as the store knows it, else its id. */
    public String platformName(String id) {
        return platforms.stream().filter(p -> p.id().equals(id)).map(Platform::name).findFirst().orElse(id);
    }

    /** While {@link State#ASKING}: the catalogue stored for the same platform, date and territory, which the import would replace. */
    public ReadOnlyObjectProperty<Snapshot> existingProperty() {
        return existing.getReadOnlyProperty();
    }

    public BooleanProperty factsProperty() {
        return facts;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public StringProperty platformIdProperty() {
        return platformId;
    }

    public StringProperty platformNameProperty() {
        return platformName;
    }

    /** The snapshot date; null takes the newest date added in the file. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public StringProperty territoryProperty() {
        return territory;
    }

    public ObservableList<Platform> platforms() {
        return platforms;
    }

    public ObservableList<Mapping> mapping() {
        return mapping;
    }

    /** The first rows of the file, as read with the current options. */
    public ObservableList<List<String>> preview() {
        return preview;
    }

    /** Data rows in the file, or null before it is read. */
    public ReadOnlyObjectProperty<Integer> rowCountProperty() {
        return rowCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the running import is doing. */
    public ReadOnlyObjectProperty<UiMessage> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Something the dialog did for the user (it switched the encoding), or null. */
    public ReadOnlyObjectProperty<UiMessage> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why the import failed or stopped, or null. */
    public ReadOnlyObjectProperty<UiMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiMessage> previewProblemProperty() {
        return previewProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
