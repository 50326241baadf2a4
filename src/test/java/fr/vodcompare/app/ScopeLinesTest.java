package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.fixture.Top10Fixture;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.ingest.Top10Importer;
import java.nio.file.Path;
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

/** The screens that list titles say what the list is (source, date, territory) above it, in both languages. */
@ExtendWith(ApplicationExtension.class)
class ScopeLinesTest {
    @TempDir
    Path dir;
    AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppFixture.start(stage, dir, "en", (store, d) ->
                new Top10Importer(store).run(Top10Fixture.write(d, "all-weeks-countries.tsv", Top10Fixture.countries()), null,
                        ImportProgress.NONE));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void originalsSayWhatTheListIsWhateverTheFilters(FxRobot robot) {
        robot.clickOn("#nav-originals");
        String en = text(robot, "#originals-scope");
        assertThat(en).startsWith("Data listed: 27 French originals of Netflix, Prime Video, 2016 to 2022, from a list")
                .contains("sources, each in the table").contains("not exhaustive");
        robot.clickOn("#originals-status-announced");
        assertThat(text(robot, "#originals-scope")).isEqualTo(en);
        robot.interact(() -> app.shell.languageProperty().set("fr"));
        robot.clickOn("#nav-originals");
        assertThat(text(robot, "#originals-scope")).startsWith("Données listées\u00a0: 27 créations originales françaises de Netflix, "
                + "Prime Video, de 2016 à 2022");
    }

    @Test
    void top10SaysWhichFileWeeksAndCatalogueItsListsComeFrom(FxRobot robot) {
        robot.clickOn("#nav-top10");
        assertThat(text(robot, "#top10-scope")).startsWith("Data listed: Netflix's weekly Top 10 for France (FR), weeks of ")
                .contains("all-weeks-countries.tsv").contains("top10.netflix.com")
                .contains("titles linked to the catalogue Netflix, Kaggle").contains("territory not stated (likely US)");
    }
}
