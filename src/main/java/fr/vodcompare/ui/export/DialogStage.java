package fr.vodcompare.ui.export;

import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** What the export dialogs share: a window modal to the main one, with its stylesheets, and a two-column form. FX thread only. */
final class DialogStage {
    private DialogStage() {
    }

    /** A window-modal stage over {@code owner}, styled as it is; Escape runs {@code escape}. */
    static Stage over(Window owner, String title, Parent root, Runnable escape) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                escape.run();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setResizable(true);
        // a message or the progress that appears makes the content taller: the window grows (never shrinks) to show it
        root.needsLayoutProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    double missing = root.prefHeight(scene.getWidth()) - scene.getHeight();
                    if (stage.isShowing() && missing > 0.5) {
                        stage.setHeight(stage.getHeight() + missing);
                    }
                });
            }
        });
        return stage;
    }

    /** Adds a row to a {@link #form()}: its label at the top of the row, beside the first line of the content. */
    static void row(GridPane form, int row, Node label, Node content) {
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setValignment(content, VPos.TOP);
        form.add(label, 0, row);
        form.add(content, 1, row);
    }

    /** A form: labels on the left at their width, fields filling the rest. */
    static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.setPadding(new Insets(4, 0, 8, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(320, 460, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        return form;
    }

    /**
     * A place that always takes {@code lines} lines of text, whatever it shows: a message or progress that comes and
     * goes does not make the dialog taller (a window does not always grow with its content) nor move the buttons.
     */
    static StackPane slot(int lines, Node... content) {
        Label reserve = new Label(" " + "\n ".repeat(Math.max(0, lines - 1)));
        reserve.setVisible(false);
        StackPane slot = new StackPane(reserve);
        slot.getChildren().addAll(content);
        slot.setAlignment(Pos.TOP_LEFT);
        return slot;
    }

    /** The Platforms row: the names of the platforms chosen on the screen, or that there are none and where to choose them. */
    static void platformsRow(GridPane form, int row, Messages m, String platforms) {
        platformsRow(form, row, m, platforms, m.get("export.platforms.help"));
    }

    /** The Platforms row, {@code help} saying where they were chosen. */
    static void platformsRow(GridPane form, int row, Messages m, String platforms, String help) {
        Label shown = new Label(platforms.isEmpty() ? m.get("export.platforms.none") : platforms);
        shown.setId("export-platforms");
        shown.setWrapText(true);
        VBox box = new VBox(2, shown);
        if (platforms.isEmpty()) {
            shown.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
        } else {
            box.getChildren().add(Views.muted(help));
        }
        row(form, row, bold(new Label(m.get("export.platforms"))), box);
    }

    /** A label of the form's left column: bold, its text whole (a French label is longer). */
    static <T extends Labeled> T bold(T l) {
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        return l;
    }
}
