package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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
 * Every screen laid out in the smallest window (1024 × 700), in both languages: no control outside the window or
 * beyond the side of the pane that scrolls it, no button or label whose text is cut.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {
    static final double W = 1024;
    static final double H = 700;

    @TempDir
    Path dir;
    AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppFixture.start(stage, dir, "fr", W, H);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void everyScreenFitsInBothLanguages(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            robot.interact(() -> app.shell.languageProperty().set(lang));
            for (ScreenId id : ScreenId.values()) {
                robot.interact(() -> app.shell.screenProperty().set(id));
                WaitForAsyncUtils.waitForFxEvents();
                Node screen = robot.lookup("#" + id.id()).query();
                problems.addAll(check(screen, lang + " " + id.id()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void whileSearchingTheColumnSayingWhereEachTitleMatchedIsSeenAndAUsersTitleWidthIsKept(FxRobot robot) {
        for (String lang : List.of("fr", "en")) {
            robot.interact(() -> app.shell.languageProperty().set(lang));
            robot.interact(() -> app.shell.screenProperty().set(ScreenId.CATALOGUE));
            robot.clickOn("#catalogue-search").eraseText(8).write("omar");
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = robot.lookup("#catalogue-table").queryAs(TableView.class);
            var matched = table.getColumns().stream().filter(c -> "catalogue-matched".equals(c.getId())).findFirst().orElseThrow();
            assertThat(matched.isVisible()).as(lang + ": the search shows the column").isTrue();
            double needed = 0;
            for (var c : table.getColumns()) {
                needed += c.isVisible() ? c.getWidth() : 0;
                if (c == matched) {
                    break;
                }
            }
            // the vertical scroll bar takes some of the table's width
            String widths = table.getColumns().stream().map(c -> c.getText() + " " + c.getWidth() + (c.isVisible() ? "" : " hidden"))
                    .toList().toString();
            assertThat(needed).as(lang + ": title to \"matched in\" " + widths).isLessThanOrEqualTo(table.getWidth() - 12);
        }
        @SuppressWarnings("unchecked") // the screens are made again in each language: the table shown now
        TableView<Object> t = robot.lookup("#catalogue-table").queryAs(TableView.class);
        javafx.scene.control.TableColumn<Object, ?> title = t.getColumns().get(0);
        robot.interact(() -> t.resizeColumn(title, 90)); // as a drag of its edge does
        double chosen = title.getWidth();
        robot.interact(() -> t.getScene().getWindow().setWidth(W + 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getWidth()).as("the user's width, kept when the window grows").isEqualTo(chosen);
    }

    /** The search field's prompt (what to type) is read whole in the smallest window, in both languages. */
    @Test
    void theSearchFieldsPromptIsReadWholeInBothLanguages(FxRobot robot) {
        for (String lang : List.of("fr", "en")) {
            robot.interact(() -> app.shell.languageProperty().set(lang));
            robot.interact(() -> app.shell.screenProperty().set(ScreenId.CATALOGUE));
            WaitForAsyncUtils.waitForFxEvents();
            atlantafx.base.controls.CustomTextField field = robot.lookup("#catalogue-search")
                    .queryAs(atlantafx.base.controls.CustomTextField.class);
            Text prompt = new Text(field.getPromptText());
            prompt.setFont(field.getFont());
            Node clear = field.getRight();
            double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight()
                    - field.getLeft().getLayoutBounds().getWidth() - (clear.isManaged() ? clear.getLayoutBounds().getWidth() : 0);
            assertThat(prompt.getLayoutBounds().getWidth()).as(lang + ": \"" + field.getPromptText() + "\" in " + Math.round(room)
                    + " px").isLessThanOrEqualTo(room);
        }
    }

    /**
     * The detail of a title matched on another platform: its headings and buttons are read whole in both languages, in
     * the smallest window and in a wide one (where the detail stands beside the table).
     */
    @Test
    void theDetailOfATitleOnTwoPlatformsIsReadWholeInBothLanguages(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (double width : List.of(W, 1900.0)) {
            robot.interact(() -> robot.window(0).setWidth(width));
            problems.addAll(detailProblems(robot, (int) width));
        }
        assertThat(problems).isEmpty();
    }

    private List<String> detailProblems(FxRobot robot, int width) {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            robot.interact(() -> app.shell.languageProperty().set(lang));
            robot.interact(() -> app.shell.screenProperty().set(ScreenId.CATALOGUE));
            robot.clickOn("#catalogue-search").eraseText(8).write("worth");
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = robot.lookup("#catalogue-table").queryAs(TableView.class);
            robot.interact(() -> table.getSelectionModel().select(0));
            WaitForAsyncUtils.waitForFxEvents();
            Node works = robot.lookup("#detail-works").query();
            assertThat(robot.from(works).lookup(".button").queryAll()).as(lang + ": the same work on Prime Video, with its buttons")
                    .isNotEmpty();
            problems.addAll(check(robot.lookup("#catalogue").query(), lang + " detail at " + width + " px"));
        }
        return problems;
    }

    /** What is cut on a screen: controls outside the window (or sideways out of their scroll pane), texts cut short. */
    static List<String> check(Node root, String where) {
        List<String> out = new ArrayList<>();
        walk(root, where, out);
        return out;
    }

    private static void walk(Node n, String where, List<String> out) {
        if (!n.isVisible() || n instanceof Cell || n.getStyleClass().contains("column-header-background")) {
            return;
        }
        if (n instanceof Control c && c.getScene() != null && !(n instanceof ScrollPane)) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            ScrollPane scroller = scroller(c);
            boolean inside;
            if (scroller == null) {
                double w = c.getScene().getWidth();
                double h = c.getScene().getHeight();
                inside = b.getMinX() >= -0.5 && b.getMaxX() <= w + 0.5 && b.getMinY() >= -0.5 && b.getMaxY() <= h + 0.5;
            } else {
                Bounds viewport = scroller.localToScene(scroller.getLayoutBounds());
                inside = b.getMinX() >= viewport.getMinX() - 0.5 && b.getMaxX() <= viewport.getMaxX() + 0.5;
            }
            if (!inside && b.getWidth() > 0) {
                out.add(where + ": " + describe(c) + " at " + round(b));
            }
            if (c instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && !l.isWrapText()) {
                Node text = l.lookup(".text");
                if (text instanceof Text t && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString())) {
                    out.add(where + ": " + describe(c) + " reads \"" + t.getText() + "\"");
                }
            }
            if (c instanceof TableView<?> t) {
                columnsShown(t, where, out);
                return;
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, where, out);
            }
        }
    }

    /** The catalogue's first columns (title, platform, kind, year) are shown whole without scrolling sideways. */
    private static void columnsShown(TableView<?> t, String where, List<String> out) {
        if ("catalogue-table".equals(t.getId())) {
            double needed = t.getColumns().stream().limit(4).mapToDouble(c -> c.getWidth()).sum();
            if (needed > t.getWidth()) {
                out.add(where + ": the first four columns need " + Math.round(needed) + " px of " + Math.round(t.getWidth()));
            }
        }
    }

    private static ScrollPane scroller(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    private static String describe(Control c) {
        String text = c instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId()) + text;
    }

    private static String round(Bounds b) {
        return String.format("[%.0f,%.0f – %.0f,%.0f]", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }
}
