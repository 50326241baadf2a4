package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ui.Messages;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    @TempDir
    Path dir;
    AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppFixture.start(stage, dir, "en");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theHelpMenuOffersTheGuideTheShortcutsAndAbout(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        var help = bar.getMenus().get(bar.getMenus().size() - 1);
        assertThat(help.getItems()).extracting(MenuItem::getText).contains("User guide", "Keyboard shortcuts", "About VOD Compare");
    }

    @Test
    void theShortcutsAreReadFromTheMenus(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        var shortcuts = HelpDialog.shortcuts(bar, Messages.of(Locale.ENGLISH));
        assertThat(shortcuts).extracting(HelpDialog.Shortcut::action).contains("Find…", "Catalogue", "User guide",
                "From the search box, go down into the table (Catalogue)");
        assertThat(shortcuts).allSatisfy(s -> assertThat(s.keys()).isNotBlank());
    }

    @Test
    void theGuideSaysWhatEachScreenAnswersInBothLanguages(FxRobot robot) {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            Messages m = Messages.of(l);
            var texts = HelpDialog.guide(m).getChildren().stream().map(n -> ((Label) n).getText()).toList();
            assertThat(texts).noneMatch(t -> t.startsWith("help.") || t.startsWith("screen."));
            assertThat(String.join(" ", texts)).contains(m.get("screen.top10"), m.get("help.guide.data"));
        }
    }

    @Test
    void theFocusedControlIsOutlined(FxRobot robot) {
        javafx.scene.control.Button reset = robot.lookup("#catalogue .button").match(n -> ((javafx.scene.control.Button) n)
                .getText() != null && ((javafx.scene.control.Button) n).getText().startsWith("Reset")).queryButton();
        robot.clickOn("#catalogue-search");
        assertThat(reset.getEffect()).isNull();
        robot.interact(reset::requestFocus);
        robot.interact(reset::applyCss);
        assertThat(reset.isFocused()).isTrue();
        assertThat(reset.getEffect()).isInstanceOf(javafx.scene.effect.DropShadow.class);
        assertThat(((javafx.scene.effect.DropShadow) reset.getEffect()).getSpread()).isEqualTo(1.0);
    }
}
