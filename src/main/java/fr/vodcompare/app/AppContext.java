package fr.vodcompare.app;

import fr.vodcompare.ingest.WorkMatching;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.LinkOpener;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.audience.AudienceView;
import fr.vodcompare.ui.audience.AudienceViewModel;
import fr.vodcompare.ui.catalogue.CatalogueScope;
import fr.vodcompare.ui.catalogue.CatalogueSources;
import fr.vodcompare.ui.catalogue.CatalogueView;
import fr.vodcompare.ui.catalogue.CatalogueViewModel;
import fr.vodcompare.ui.catalogue.WorkCopiesViewModel;
import fr.vodcompare.ui.compare.CompareView;
import fr.vodcompare.ui.compare.CompareViewModel;
import fr.vodcompare.ui.data.DataView;
import fr.vodcompare.ui.data.DataViewModel;
import fr.vodcompare.ui.export.ChartPngs;
import fr.vodcompare.ui.history.HistoryView;
import fr.vodcompare.ui.history.HistoryViewModel;
import fr.vodcompare.ui.importing.ImportDialog;
import fr.vodcompare.ui.importing.ImportViewModel;
import fr.vodcompare.ui.originals.OriginalsView;
import fr.vodcompare.ui.originals.OriginalsViewModel;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import fr.vodcompare.ui.sources.SourcesView;
import fr.vodcompare.ui.sources.SourcesViewModel;
import fr.vodcompare.ui.top10.Top10View;
import fr.vodcompare.ui.top10.Top10ViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The second half of the composition root: once the store is open, the view models are made here, once,
 * each with what it needs passed in; views are made on demand (again after a language switch) from the
 * same view models, so filters and selections survive. FX thread only.
 */
final class AppContext {
    static final String STYLESHEET = "/fr/vodcompare/ui/app.css";

    private final Store store;
    private final BackgroundTasks tasks;
    private final LinkOpener links;
    private final DataEvents events = new DataEvents();
    private final FileAsker files;
    private final ChartExports exporter;
    private final CatalogueViewModel catalogue;
    private final WorkCopiesViewModel works;
    private final CatalogueSources scope;
    private final CompareViewModel compare;
    private final OriginalsViewModel originals;
    private final AudienceViewModel audience;
    private final SourcesViewModel sources;
    private final DataViewModel data;
    private final Top10ViewModel top10;
    private final HistoryViewModel history;
    private Supplier<Window> owner = () -> null;
    private Supplier<Messages> messages;

    AppContext(Store store, BackgroundTasks tasks, BackgroundTasks searchTasks, LinkOpener links, FileAsker files,
               Settings settings) {
        this(store, tasks, searchTasks, links, files, settings, Runnable::run);
    }

    /**
     * @param drawn runs what it is given once the window has drawn what it shows now ({@link FrameDrawn}): what the
     *              other screens read waits for the catalogue's first page to be on the screen, not only laid out
     */
    AppContext(Store store, BackgroundTasks tasks, BackgroundTasks searchTasks, LinkOpener links, FileAsker files,
               Settings settings, Consumer<Runnable> drawn) {
        this.store = store;
        this.tasks = tasks;
        this.links = links;
        this.files = files;
        this.exporter = new ChartExports(tasks, files);
        TitleBrowseQueries browse = new TitleBrowseQueries(store.database());
        catalogue = new CatalogueViewModel(browse, store.titles(), tasks, searchTasks, events,
                new CatalogueScope(() -> store.catalogue().snapshots()));
        scope = new CatalogueSources(new fr.vodcompare.store.CatalogueStatsQueries(store.database()), tasks, events);
        ChartService charts = fr.vodcompare.cli.Cli.charts(store);
        ChartPngs pngs = ChartPngs.of(charts);
        compare = new CompareViewModel(store, charts, pngs, tasks, links, events);
        works = new WorkCopiesViewModel(store.works(), platform -> WorkMatching.rematch(store, platform), tasks);
        works.choicesProperty().addListener(o -> compare.reloadOverlap());
        originals = new OriginalsViewModel(store.originals(), store.platforms(), tasks, links, events);
        audience = new AudienceViewModel(new fr.vodcompare.analysis.MarketData(store), pngs, tasks, links, events);
        sources = new SourcesViewModel(store.facts(), tasks, links, events);
        data = new DataViewModel(store, tasks, events);
        top10 = new Top10ViewModel(store, charts, ChartPngs.of(charts), tasks, events);
        history = new HistoryViewModel(store, ChartPngs.of(charts), tasks, events);
        catalogue.restore(settings.catalogue());
        if (settings.compare() != null) {
            compare.chosen().setAll(settings.compare());
        }
        catalogue.load();
        scope.load();
        // Compare reads its figures when it is first shown (CompareView.shown), not at start; the other screens once
        // the catalogue's first page is drawn: till then the window's thread and the renderer have the machine
        catalogue.afterFirstPage(() -> drawn.accept(() -> {
            // what makes searching a large catalogue quick (the titles' order in memory), read in the background
            browse.pages().prepareSearch();
            originals.load();
            audience.load();
            sources.load();
            data.load();
            top10.load();
        }));
    }

    /** Where dialogs open, and in which language. */
    void attach(Supplier<Window> owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    Store store() {
        return store;
    }

    LinkOpener links() {
        return links;
    }

    /** The background work of the window (at once on the calling thread in tests). */
    BackgroundTasks tasks() {
        return tasks;
    }

    /** Makes the view of a screen in a language. */
    Screen create(ScreenId id, Messages m) {
        switch (id) {
            case CATALOGUE:
                return new CatalogueView(catalogue, scope, works, m, files);
            case COMPARE:
                return new CompareView(compare, m, exporter);
            case ORIGINALS:
                return new OriginalsView(originals, m, files);
            case AUDIENCE:
                return new AudienceView(audience, m, exporter);
            case SOURCES:
                return new SourcesView(sources, m, files);
            case DATA:
                return new DataView(data, m, facts -> openImport(owner.get(), messages.get(), facts, null));
            case TOP10:
                return new Top10View(top10, m, exporter, scope);
            case HISTORY:
                return new HistoryView(history, m, files, exporter);
            default:
                throw new IllegalArgumentException("No view for " + id);
        }
    }

    /** Opens the import dialog (see {@link MainWindow.Actions#openImport}). */
    void openImport(Window window, Messages m, Boolean facts, Path file) {
        ImportViewModel vm = new ImportViewModel(store, tasks, events);
        if (facts != null) {
            vm.factsProperty().set(facts);
        }
        vm.load();
        ImportDialog dialog = new ImportDialog(vm, m, window, AppContext.class.getResource(STYLESHEET).toExternalForm());
        if (file != null) {
            vm.fileProperty().set(file);
        }
        dialog.show();
    }

    /** What the settings file keeps of the screens. */
    Settings saveInto(Settings s) {
        return new Settings(s.width(), s.height(), s.x(), s.y(), s.maximized(), s.language(), s.dark(), s.screen(),
                catalogue.state(), List.copyOf(compare.chosen()));
    }
}
