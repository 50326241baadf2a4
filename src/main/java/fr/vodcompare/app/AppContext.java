package fr.vodcompare.app;

import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.LinkOpener;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.catalogue.CatalogueView;
import fr.vodcompare.ui.catalogue.CatalogueViewModel;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import javafx.scene.control.Label;

/**
 * The second half of the composition root: once the store is open, the services and view models are
 * made here, once; views are made on demand (again after a language switch) from the same view models.
 * FX thread only.
 */
final class AppContext {
    private final Store store;
    private final BackgroundTasks tasks;
    private final LinkOpener links;
    private final DataEvents events = new DataEvents();
    private final CatalogueViewModel catalogue;

    AppContext(Store store, BackgroundTasks tasks, BackgroundTasks searchTasks, LinkOpener links, Settings settings) {
        this.store = store;
        this.tasks = tasks;
        this.links = links;
        TitleBrowseQueries browse = new TitleBrowseQueries(store.database());
        this.catalogue = new CatalogueViewModel(browse, store.titles(), tasks, searchTasks, events);
        catalogue.restore(settings.catalogue());
        catalogue.load();
    }

    Store store() {
        return store;
    }

    DataEvents events() {
        return events;
    }

    LinkOpener links() {
        return links;
    }

    /** Opens the import dialog (see {@link MainWindow.Actions#openImport}). */
    void openImport(javafx.stage.Window owner, Messages m, Boolean facts, java.nio.file.Path file) {
        // TODO import dialog
    }

    /** Makes the view of a screen in a language. */
    Screen create(ScreenId id, Messages m) {
        switch (id) {
            case CATALOGUE:
                return new CatalogueView(catalogue, m);
            default:
                Label l = new Label(id.name());
                return () -> l;
        }
    }

    /** What the settings file keeps of the screens. */
    Settings saveInto(Settings s) {
        return new Settings(s.width(), s.height(), s.x(), s.y(), s.maximized(), s.language(), s.dark(), s.screen(),
                catalogue.state(), s.compare());
    }
}
