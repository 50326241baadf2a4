package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import fr.vodcompare.store.Store;
import fr.vodcompare.testing.TestStores;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.RecordingLinks;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.shell.ShellViewModel;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At start, a store already open when the window is made: it is handed over at once, and the window is made once, with
 * its screens (no start-up pane first, no screen made twice).
 */
@ExtendWith(ApplicationExtension.class)
class WindowMadeOnceTest {
    @TempDir
    Path dir;
    Stage stage;
    Store store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aStoreOpenedAheadIsHandedOverAtOnceWithoutBackgroundWork() throws Exception {
        Path file = dir.resolve("s.db");
        CountDownLatch open = new CountDownLatch(1);
        EarlyStore.start(file, (f, status) -> {
            Store s = Store.open(f);
            open.countDown();
            return s;
        });
        assertThat(open.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("vodcompare-store-opening")));
        List<Store> opened = new ArrayList<>();
        BackgroundTasks none = new BackgroundTasks(r -> {
            throw new AssertionError("no background task for a store already open");
        }, r -> {
            throw new AssertionError("nothing handed back later");
        });
        new StoreStartup(file, dir.resolve("log"), none, new ShellViewModel(), opened::add, Clock.systemUTC()).open();
        assertThat(opened).as("before open() returned").hasSize(1);
        store = opened.get(0);
    }

    @Test
    void readyBeforeTheSceneMakesTheWindowOnceWithItsScreens(FxRobot robot) throws Exception {
        store = TestStores.bundledCopy(dir);
        List<ScreenId> made = new ArrayList<>();
        robot.interact(() -> {
            ShellViewModel shell = new ShellViewModel();
            shell.languageProperty().set("en");
            MainWindow window = new MainWindow(stage, shell, lang -> Messages.of(Locale.forLanguageTag(lang)));
            AppContext context = new AppContext(store, BackgroundTasks.sameThread(), BackgroundTasks.sameThread(),
                    new RecordingLinks(), new NoFiles(), Settings.DEFAULT);
            context.attach(() -> stage, window::messages);
            shell.ready();
            AppActions actions = new AppActions(context, stage, window::messages);
            window.ready(new MainWindow.Actions() {
                @Override
                public Screen create(ScreenId id, Messages m) {
                    made.add(id);
                    return actions.create(id, m);
                }

                @Override
                public void openImport(Boolean facts, Path file) {
                    actions.openImport(facts, file);
                }

                @Override
                public void about() {
                    actions.about();
                }

                @Override
                public void checkStore() {
                    actions.checkStore();
                }

                @Override
                public void quit() {
                    actions.quit();
                }

                @Override
                public String storeStatus(Messages m) {
                    return actions.storeStatus(m);
                }
            });
            assertThat(made).as("nothing made before the scene").isEmpty();
            Scene scene = window.scene(1280, 800);
            assertThat(scene.getRoot().lookup("#catalogue")).isNotNull();
            assertThat(scene.getRoot().lookup("#startup-status")).isNull();
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).as("the first screen made once").containsExactly(ScreenId.CATALOGUE);
    }
}
