package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import fr.vodcompare.store.Store;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.RecordingLinks;
import fr.vodcompare.ui.shell.ShellViewModel;
import fr.vodcompare.ui.shell.ShellViewModel.Startup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Start-up on a store that cannot be opened: the window says why, sets the file aside on request and starts again. */
@ExtendWith(ApplicationExtension.class)
class StartupRecoveryTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-09T07:05:02Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Stage stage;
    final ShellViewModel shell = new ShellViewModel();
    final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-startup");
        t.setDaemon(true);
        return t;
    });
    MainWindow window;
    Store store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        shell.languageProperty().set("en");
        window = new MainWindow(stage, shell, lang -> Messages.of(Locale.forLanguageTag(lang)));
        stage.setScene(window.scene(1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        if (store != null) {
            store.close();
        }
    }

    /** Starts as the app does (the store opened on a worker), with the screens' work run at once. */
    private void startWith(Path file, FxRobot robot) {
        BackgroundTasks tasks = new BackgroundTasks(worker, Platform::runLater);
        BackgroundTasks now = BackgroundTasks.sameThread();
        FileAsker noFiles = new NoFiles();
        StoreStartup startup = new StoreStartup(file, dir.resolve("vodcompare.log"), tasks, shell, s -> {
            store = s;
            AppContext context = new AppContext(s, now, now, new RecordingLinks(), noFiles, Settings.DEFAULT);
            context.attach(() -> stage, window::messages);
            shell.ready();
            window.ready(new AppActions(context, stage, window::messages));
        }, CLOCK);
        robot.interact(() -> {
            window.onSetAside(startup::setAsideAndOpen);
            startup.open();
        });
    }

    private void waitFor(Startup state) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> shell.startupProperty().get() == state);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDamagedFileIsSetAsideAndANewStoreIsBuiltFromTheBundledData(FxRobot robot) throws Exception {
        byte[] garbage = new byte[40_000];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(dir.resolve("vodcompare.db"), garbage);
        startWith(file, robot);
        waitFor(Startup.FAILED);
        assertThat(robot.lookup("#startup-status").queryAs(Label.class).getText())
                .startsWith("The data file " + file + " is damaged");
        assertThat(robot.lookup("#startup-quit").tryQuery()).isPresent();

        robot.clickOn("#startup-set-aside");
        waitFor(Startup.READY);

        Path aside = dir.resolve("vodcompare.db.broken-20240309-070502");
        assertThat(Files.readAllBytes(aside)).as("the damaged file, whole").isEqualTo(garbage);
        assertThat(store.database().file()).isEqualTo(file);
        assertThat(robot.lookup("#catalogue-count").queryAs(Label.class).getText())
                .isEqualTo("18,475 matching titles (of 18,475)");
        assertThat(robot.lookup(".status-bar .label").queryAs(Label.class).getText())
                .contains("kept as " + aside);
    }

    @Test
    void theUsersImportsComeBackIntoTheNewStore(FxRobot robot) throws Exception {
        Path file = dir.resolve("vodcompare.db");
        Path mine = Files.writeString(dir.resolve("mine.csv"), "show_id,type,title,director,cast,country,date_added,"
                + "release_year,rating,duration,listed_in,description\nm1,Movie,Mine,,,France,,2001,,,,\nm2,Movie,Yours,,,,,2002,,,,\n");
        try (Store s = Store.open(file)) {
            new fr.vodcompare.ingest.CatalogueImporter(s).run(new fr.vodcompare.ingest.CatalogueImport(mine, "acme", "Acme TV",
                    java.time.LocalDate.of(2020, 1, 1), "FR", fr.vodcompare.ingest.CsvOptions.DEFAULT, false),
                    fr.vodcompare.ingest.ImportProgress.NONE);
        }
        byte[] garbage = new byte[40_000];
        new Random(11).nextBytes(garbage);
        Files.write(file, garbage);
        startWith(file, robot);
        waitFor(Startup.FAILED);

        robot.clickOn("#startup-set-aside");
        waitFor(Startup.READY);

        assertThat(store.history().snapshots("acme")).singleElement().satisfies(snap -> {
            assertThat(snap.titleCount()).isEqualTo(2);
            assertThat(snap.territory()).isEqualTo("FR");
            assertThat(snap.sourceFile()).isEqualTo("mine.csv");
        });
        assertThat(robot.lookup("#catalogue-count").queryAs(Label.class).getText())
                .isEqualTo("18,477 matching titles (of 18,477)");
    }

    @Test
    void aStoreFromANewerVersionSaysSoAndCanBeSetAside(FxRobot robot) throws Exception {
        Path file = dir.resolve("vodcompare.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        startWith(file, robot);
        waitFor(Startup.FAILED);
        assertThat(robot.lookup("#startup-status").queryAs(Label.class).getText())
                .contains("written by a newer version of VOD Compare");
        assertThat(robot.lookup("#startup-set-aside").tryQuery()).isPresent();
    }

    @Test
    void aStoreAnotherProgramHoldsSaysSoAndIsNotOfferedToBeSetAside(FxRobot robot) throws Exception {
        Path file = dir.resolve("vodcompare.db");
        Store.open(file).close();
        // as a command loading a platform's first catalogue holds it (Database#writeAlone)
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("BEGIN EXCLUSIVE");
            startWith(file, robot);
            waitFor(Startup.FAILED); // once the store's busy timeout (10 s) is over
            assertThat(robot.lookup("#startup-status").queryAs(Label.class).getText())
                    .startsWith("The data file " + file + " is in use by another program");
            assertThat(robot.lookup("#startup-set-aside").tryQuery()).isEmpty();
            assertThat(robot.lookup("#startup-quit").tryQuery()).isPresent();
            s.execute("ROLLBACK");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("broken"));
        }
    }
}
