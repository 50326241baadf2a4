package fr.vodcompare.ui.export;

import atlantafx.base.theme.Styles;
import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The size rows of the export dialogs, bound to {@link SizeOptions}: the presets and a custom size (with its
 * problem beside it), the scale, and the picture's pixels. FX thread only.
 */
final class SizeSection {
    private final SizeOptions options;
    private final Messages m;

    SizeSection(SizeOptions options, Messages m) {
        this.options = options;
        this.m = m;
    }

    /**
     * Adds the Size and Scale rows to a two-column form from {@code row}, then the picture's pixels or, while the
     * custom size cannot be used, why; returns the next row.
     */
    int addTo(GridPane form, int row) {
        DialogStage.row(form, row++, label("export.size"), sizes());
        DialogStage.row(form, row++, label("export.scale"), scales());
        form.add(DialogStage.slot(2, note(), problem()), 1, row++);
        return row;
    }

    /** "The PNG will be W × H pixels." while the size is valid. */
    private Label note() {
        Label note = new Label();
        note.setId("export-note");
        note.getStyleClass().add(Styles.TEXT_BOLD);
        note.textProperty().bind(Bindings.createStringBinding(() -> options.noteProperty().get() == null ? ""
                : m.text(options.noteProperty().get()), options.noteProperty()));
        return note;
    }

    /** Why the custom size cannot be used, in its place. */
    private Label problem() {
        Label problem = new Label();
        problem.setId("export-size-problem");
        problem.setWrapText(true);
        problem.setMinWidth(0);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(Bindings.createStringBinding(() -> options.problemProperty().get() == null ? ""
                : m.text(options.problemProperty().get()), options.problemProperty()));
        problem.visibleProperty().bind(options.problemProperty().isNotNull());
        return problem;
    }

    private Label label(String key) {
        return DialogStage.bold(new Label(m.get(key)));
    }

    private VBox sizes() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(6);
        box.setAccessibleText(m.get("export.size"));
        for (ExportSize p : SizeOptions.presets()) {
            String key = "export.size.preset." + p.width() + "x" + p.height();
            RadioButton r = new RadioButton(m.has(key) ? m.format(key, p.width(), p.height())
                    : m.format("export.size.pixels", p.width(), p.height()));
            r.setId("export-size-" + p.width() + "x" + p.height());
            r.setToggleGroup(group);
            r.setUserData(p);
            r.setOnAction(e -> {
                options.customProperty().set(false);
                options.presetProperty().set(p);
            });
            box.getChildren().add(r);
        }
        RadioButton custom = new RadioButton(m.get("export.size.custom"));
        custom.setId("export-size-custom");
        custom.setToggleGroup(group);
        custom.setOnAction(e -> options.customProperty().set(true));
        TextField width = field("export-width", "export.size.width", options.widthProperty().get());
        TextField height = field("export-height", "export.size.height", options.heightProperty().get());
        width.textProperty().bindBidirectional(options.widthProperty());
        height.textProperty().bindBidirectional(options.heightProperty());
        Label times = new Label("×");
        Label pixels = new Label(m.get("export.size.unit"));
        HBox customRow = new HBox(6, custom, width, times, height, pixels);
        customRow.setAlignment(Pos.CENTER_LEFT);
        Runnable danger = () -> {
            boolean bad = options.problemProperty().get() != null && options.customProperty().get();
            width.pseudoClassStateChanged(Styles.STATE_DANGER, bad);
            height.pseudoClassStateChanged(Styles.STATE_DANGER, bad);
        };
        options.problemProperty().addListener(o -> danger.run());
        options.customProperty().addListener(o -> danger.run());
        danger.run();
        box.getChildren().add(customRow);
        Runnable sync = () -> group.getToggles().stream()
                .filter(t -> options.customProperty().get() ? t == custom
                        : t.getUserData() != null && t.getUserData().equals(options.presetProperty().get()))
                .findFirst().ifPresent(t -> t.setSelected(true));
        options.customProperty().addListener(o -> sync.run());
        options.presetProperty().addListener(o -> sync.run());
        sync.run();
        return box;
    }

    private TextField field(String id, String accessible, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(5);
        f.setAccessibleText(m.get(accessible));
        f.setTooltip(Views.tooltip(m.get(accessible)));
        // typing a size, or clicking into it, means a custom size; passing through with Tab changes nothing
        f.textProperty().addListener((o, was, now) -> {
            if (f.isFocused()) {
                options.customProperty().set(true);
            }
        });
        f.setOnMousePressed(e -> options.customProperty().set(true));
        return f;
    }

    private HBox scales() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(14);
        box.setAccessibleText(m.get("export.scale"));
        for (int s : SizeOptions.SCALES) {
            RadioButton r = new RadioButton(m.get("export.scale." + s));
            r.setId("export-scale-" + s);
            r.setToggleGroup(group);
            r.setSelected(options.scaleProperty().get() == s);
            r.setOnAction(e -> options.scaleProperty().set(s));
            box.getChildren().add(r);
        }
        return box;
    }
}
