package fr.vodcompare.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import fr.vodcompare.store.Store;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window: makes the executors, the settings, the window and (in the
 * background) the store, once; shuts them down in {@link #stop()}. The window shows at once; the first
 * start builds the store from the bundled data and says so.
 */
public final class DesktopApp extends Application {
    /** The smallest window every screen is made to be usable in (a 1024 × 768 screen, less the system's bars). */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final long started = System.nanoTime();
    private ExecutorService workers;
    private ExecutorService search;
    private SettingsStore settingsStore;
    private SettingsSaver saver;
    private Settings settings;
    private ShellViewModel shell;
    private Stage stage;
    private Store store;
    private AppContext context;
    private StartOptions options;
    private FxResults results;
    private List<javafx.scene.image.Image> icons = List.of();
    /** Set once {@link #stop()} began: the work that waited for a frame is no longer begun. */
    private boolean stopping;

    /** On the launcher thread, before {@link #start}: what is read from files without a window yet. */
    @Override
    public void init() {
        icons = AppIcons.window();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        options = StartOptions.parse(getParameters().getRaw(), Launcher::isCommand, java.nio.file.Files::exists);
        EarlySettings.Loaded loaded = EarlySettings.take(AppPaths.settingsFile());
        settingsStore = loaded.store();
        settings = loaded.settings();
        workers = Executors.newFixedThreadPool(2, named("vodcompare-worker"));
        search = Executors.newSingleThreadExecutor(named("vodcompare-search"));
        results = new FxResults(Platform::runLater);
        BackgroundTasks tasks = new BackgroundTasks(workers, results);
        BackgroundTasks searchTasks = new BackgroundTasks(search, results);

        shell = new ShellViewModel();
        shell.languageProperty().set(options.language()
                .orElse(settings.language() != null ? settings.language() : Messages.system().language()));
        shell.darkProperty().set(Boolean.TRUE.equals(settings.dark()));
        shell.screenProperty().set(ShellViewModel.ScreenId.parse(settings.screen()));
        shell.darkProperty().addListener((o, was, now) -> theme(now));
        shell.languageProperty().addListener((o, was, now) -> Locale.setDefault(Messages.of(Locale.forLanguageTag(now)).locale()));
        Locale.setDefault(Messages.of(Locale.forLanguageTag(shell.languageProperty().get())).locale());
        theme(shell.darkProperty().get());

        MainWindow window = new MainWindow(stage, shell, lang -> Messages.of(Locale.forLanguageTag(lang)));
        ErrorHandler.install(stage, window::messages, AppPaths.logFile());
        // before the scene: when the store is already open (it opens while JavaFX starts), the window is made once, with
        // its screens, and its first frame can hold the catalogue; else it shows the start-up pane until the store is open
        Path storeFile = options.db() != null ? options.db() : AppPaths.defaultStore();
        StoreStartup startup = new StoreStartup(storeFile, AppPaths.logFile(), tasks, shell,
                s -> opened(s, window, tasks, searchTasks), Clock.systemDefaultZone());
        window.onSetAside(startup::setAsideAndOpen);
        startup.open();
        // never larger than the screen's usable area (a first start on a 1024 × 768 laptop), never under the minimum
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.max(MIN_WIDTH, Math.min(value(settings.width(), 1280), screen.getWidth()));
        double height = Math.max(MIN_HEIGHT, Math.min(value(settings.height(), 800), screen.getHeight()));
        stage.setScene(window.scene(width, height));
        FirstFrame.watchIfRequested(stage.getScene(), shell);
        stage.getIcons().setAll(icons);
        placeWindow();
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        // what the background work already read (the catalogue's first page, read while the window was made) is in
        // the first frame
        results.runArrived();
        saver = new SettingsSaver(settingsStore, settings, this::currentSettings, javafx.util.Duration.seconds(1));
        saver.watch(shell.languageProperty(), shell.darkProperty(), shell.screenProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.xProperty(), stage.yProperty(), stage.maximizedProperty());
        stage.show();
        LOG.info("Window shown in {} ms", (System.nanoTime() - started) / 1_000_000);
        if (shell.startupProperty().get() == ShellViewModel.Startup.READY) {
            screensUp();
        }
    }

    private void screensUp() {
        LOG.info("Store ready, screens up {} ms after start", (System.nanoTime() - started) / 1_000_000);
    }

    private void opened(Store s, MainWindow window, BackgroundTasks tasks, BackgroundTasks searchTasks) {
        store = s;
        context = new AppContext(s, tasks, searchTasks, url -> getHostServices().showDocument(url),
                FileAsker.chooser(), settings, r -> FrameDrawn.then(stage.getScene(), () -> {
                    if (!stopping) {
                        r.run();
                    }
                }));
        context.attach(() -> stage, window::messages);
        shell.ready();
        AppActions actions = new AppActions(context, stage, window::messages);
        window.ready(actions);
        if (stage.getScene() != null) {
            screensUp();
        }
        if (options.importFile() != null) {
            Platform.runLater(() -> actions.openImport(null, options.importFile()));
        }
    }

    /** The language shown at the end, unless it is only the one {@code --lang} asked for this time. */
    private String languageToSave() {
        String now = shell.languageProperty().get();
        return options.language().filter(now::equals).isPresent() ? settings.language() : now;
    }

    private void placeWindow() {
        if (settings.x() != null && settings.y() != null) {
            boolean visible = javafx.stage.Screen.getScreens().stream().anyMatch(sc -> sc.getVisualBounds()
                    .contains(settings.x() + 40, settings.y() + 10));
            if (visible) {
                stage.setX(settings.x());
                stage.setY(settings.y());
            }
        }
        stage.setMaximized(Boolean.TRUE.equals(settings.maximized()));
    }

    private static double value(Double d, double otherwise) {
        return d == null || d < 200 ? otherwise : d;
    }

    private static void theme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Saves the settings, drops the background work not begun and the results not yet shown, stops the reads under way
     * (closing the store interrupts them: a long count must not hold the exit) and closes the store cleanly.
     */
    @Override
    public void stop() {
        stopping = true;
        saveSettings();
        // what the closing store's interrupted reads throw is not a failure to show or log
        if (results != null) {
            results.close();
        }
        ExecutorService[] executors = {search, workers};
        for (ExecutorService e : executors) {
            if (e != null) {
                e.shutdownNow();
            }
        }
        if (store != null) {
            store.close();
        }
        for (ExecutorService e : executors) {
            if (e != null) {
                try {
                    e.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        LOG.info("Closed");
    }

    private void saveSettings() {
        if (saver != null) {
            saver.saveNow();
        }
    }

    /** The settings as the window shows them now (FX thread). */
    private Settings currentSettings() {
        boolean max = stage.isMaximized();
        Settings s = new Settings(max ? settings.width() : stage.getScene().getWidth(),
                max ? settings.height() : stage.getScene().getHeight(),
                max ? settings.x() : stage.getX(), max ? settings.y() : stage.getY(), max, languageToSave(),
                shell.darkProperty().get(), shell.screenProperty().get().id(), settings.catalogue(), settings.compare());
        return context != null ? context.saveInto(s) : s;
    }
}
