package fr.vodcompare.app;

import atlantafx.base.theme.PrimerLight;
import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.RecordingLinks;
import fr.vodcompare.ui.shell.ShellViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The whole window on a store copied into a test's folder, wired as the app wires it but with work run at
 * once on the FX thread (no timing in tests), links recorded, "save as" answered with a file in the folder and
 * "choose a folder" with its {@code charts} folder.
 */
final class AppFixture {
    final Store store;
    final RecordingLinks links = new RecordingLinks();
    final List<Path> asked = new ArrayList<>();
    final ShellViewModel shell = new ShellViewModel();
    final AppContext context;
    final MainWindow window;

    /** Changes made to the store before the window opens. */
    @FunctionalInterface
    interface Preparation {
        void prepare(Store store, Path dir) throws Exception;
    }

    /** The threads background work ran on, when it runs on real threads ({@link #threaded}). */
    final List<String> workerThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<java.util.concurrent.ExecutorService> pools = new ArrayList<>();

    private AppFixture(Stage stage, Path dir, String language, Preparation preparation) throws Exception {
        this(stage, dir, language, preparation, false, 1280, 800);
    }

    private AppFixture(Stage stage, Path dir, String language, Preparation preparation, boolean threaded, double width,
                       double height) throws Exception {
        store = TestStores.bundledCopy(dir);
        preparation.prepare(store, dir);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        shell.languageProperty().set(language);
        window = new MainWindow(stage, shell, lang -> Messages.of(Locale.forLanguageTag(lang)));
        stage.setScene(window.scene(width, height));
        // the tests share one stage: a size an earlier test gave it (resizing the window) must not carry over
        stage.sizeToScene();
        stage.show();
        BackgroundTasks now = threaded ? threads("vodcompare-test-worker") : BackgroundTasks.sameThread();
        BackgroundTasks search = threaded ? threads("vodcompare-test-search") : now;
        context = new AppContext(store, now, search, links, new FileAsker() {
            @Override
            public Path saveFile(Window owner, String title, String name, String filter, String pattern) {
                Path p = dir.resolve(name);
                asked.add(p);
                return p;
            }

            @Override
            public Path chooseFolder(Window owner, String title) {
                Path p = dir.resolve("charts");
                asked.add(p);
                try {
                    return Files.createDirectories(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }, Settings.DEFAULT);
        context.attach(() -> stage, window::messages);
        shell.ready();
        window.ready(new AppActions(context, stage, window::messages));
    }

    static AppFixture start(Stage stage, Path dir, String language) throws Exception {
        return new AppFixture(stage, dir, language, (s, d) -> { });
    }

    /** The window at a size of its own (its scene, without the system's decorations). */
    static AppFixture start(Stage stage, Path dir, String language, double width, double height) throws Exception {
        return new AppFixture(stage, dir, language, (s, d) -> { }, false, width, height);
    }

    static AppFixture start(Stage stage, Path dir, String language, Preparation preparation) throws Exception {
        return new AppFixture(stage, dir, language, preparation);
    }

    /** Prepared, at a size of its own. */
    static AppFixture start(Stage stage, Path dir, String language, Preparation preparation, double width, double height)
            throws Exception {
        return new AppFixture(stage, dir, language, preparation, false, width, height);
    }

    /** The window wired as the app wires it: background work on threads of its own, results on the FX thread. */
    static AppFixture threaded(Stage stage, Path dir, String language) throws Exception {
        return new AppFixture(stage, dir, language, (s, d) -> { }, true, 1280, 800);
    }

    private BackgroundTasks threads(String name) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        pools.add(pool);
        return new BackgroundTasks(r -> pool.execute(() -> {
            workerThreads.add(Thread.currentThread().getName());
            r.run();
        }), javafx.application.Platform::runLater);
    }

    void close() {
        for (java.util.concurrent.ExecutorService pool : pools) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        store.close();
    }
}
