package fr.vodcompare.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small helpers the views share: icons, buttons with accessible text, columns, dialogs. FX thread only. */
public final class Views {
    private Views() {
    }

    public static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    /** A button with an icon and a text, the text also read out by screen readers. */
    public static Button button(String text, Ikon ikon) {
        Button b = new Button(text, ikon == null ? null : icon(ikon));
        b.setAccessibleText(text);
        b.setMnemonicParsing(false);
        return b;
    }

    /** An icon-only button: the tooltip and the accessible text say what it does. */
    public static Button iconButton(Ikon ikon, String what) {
        Button b = new Button(null, icon(ikon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setAccessibleText(what);
        b.setTooltip(tooltip(what));
        return b;
    }

    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }

    /** Keeps controls at their preferred width in a bar that gets narrow (a French label is longer). */
    public static void noShrink(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof javafx.scene.layout.Region) {
                ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }

    /**
     * Shows a combo box's values with {@code name}, in its list and on its button, even when the value is set
     * before the list is filled (the button then falls back to the converter).
     */
    public static <T> void names(javafx.scene.control.ComboBox<T> box, java.util.function.Function<T, String> name) {
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        javafx.util.Callback<javafx.scene.control.ListView<T>, javafx.scene.control.ListCell<T>> cells = l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : name.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }

    /** Shows {@code text} on hover over any node (a tooltip for nodes that are not controls). */
    public static void installTooltip(Node node, String text) {
        Tooltip.install(node, tooltip(text));
    }

    /** A label that names {@code control} for keyboard users (mnemonic) and screen readers. */
    public static Label labelFor(String text, Node control) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        control.setAccessibleText(text.replace("_", ""));
        return l;
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A read-only column showing {@code value} of each row (rows may be null while they load). */
    public static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> {
            S row = cell.getValue();
            ObservableValue<T> v = new ReadOnlyObjectWrapper<>(row == null ? null : value.apply(row));
            return v;
        });
        return c;
    }

    /** The width of the longest word of {@code text} in bold at {@code font}'s size: a wrapped label's least width. */
    public static double longestWordWidth(String text, javafx.scene.text.Font font) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(word);
            t.setFont(javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize()));
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }

    /** Widens a narrow column (a year, a kind) so that its whole title shows, with room for the sort arrow ("Année"). */
    public static void fitTitle(TableColumn<?, ?> c) {
        double whole = headerWidth(c.getText()) - (c.isSortable() ? 0 : SORT_ARROW);
        c.setPrefWidth(Math.max(c.getPrefWidth(), whole));
        c.setMinWidth(whole); // a constrained table narrower than its columns does not squeeze it back to "A…"
    }

    /** Of {@link #headerWidth}, the room for the sort arrow, which a column that cannot be sorted does without. */
    private static final double SORT_ARROW = 18;

    /** The width a column needs to show its whole title in bold, with room for the sort arrow. */
    static double headerWidth(String title) {
        javafx.scene.text.Font base = javafx.scene.text.Font.getDefault();
        javafx.scene.text.Text t = new javafx.scene.text.Text(title);
        // the theme's header text is a little larger than the system's default font, in bold
        t.setFont(javafx.scene.text.Font.font(base.getFamily(), javafx.scene.text.FontWeight.BOLD, Math.max(14, base.getSize())));
        return Math.ceil(t.getLayoutBounds().getWidth()) + 34;
    }


    /** Writes rows to a chosen CSV file in the background: {@code done} gets the number of rows written. */
    @FunctionalInterface
    public interface CsvExport {
        void write(Path file, java.util.function.Consumer<Integer> done, java.util.function.Consumer<Throwable> failed);
    }

    /**
     * Asks where to save a CSV (suggesting {@code fileName}), then runs {@code export}, telling the outcome in
     * {@code status} or, on failure, in a short error dialog. FX thread.
     */
    public static void exportCsv(Node root, FileAsker files, Messages m, String fileName, Label status, CsvExport export) {
        Window window = root.getScene().getWindow();
        Path file = files.saveFile(window, m.get("sources.export"), fileName, m.get("file.csv"), "*.csv");
        if (file != null) {
            export.write(file, n -> status.setText(m.format("export.done", n, file.getFileName().toString())),
                    e -> error(window, m, m.get("export.failed"), Failures.text(e, m)));
        }
    }
    /** Asks for a file to save, starting with {@code suggested}; null when the user cancels. */
    public static Path saveFile(Window owner, String title, String suggested, String filterName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** Asks for a file to open; null when the user cancels. */
    public static Path openFile(Window owner, String title, String filterName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterName, pattern),
                new FileChooser.ExtensionFilter("*", "*.*"));
        File f = chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** Asks for a folder; null when the user cancels. */
    public static Path chooseFolder(Window owner, String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        File f = chooser.showDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** A short error for the user; the details are in the log (written by whoever caught it). */
    public static void error(Window owner, Messages m, String headline, String detail) {
        Alert a = new Alert(Alert.AlertType.ERROR, detail, new ButtonType(m.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        a.initOwner(owner);
        a.setTitle(m.get("app.name"));
        a.setHeaderText(headline);
        a.showAndWait();
    }

    /** Asks to confirm a destructive action; true when the user agreed. */
    public static boolean confirm(Window owner, Messages m, String headline, String detail, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, detail, yes, no);
        a.initOwner(owner);
        a.setTitle(m.get("app.name"));
        a.setHeaderText(headline);
        ((Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        ((Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(yes)).getStyleClass().add(Styles.DANGER);
        return a.showAndWait().filter(yes::equals).isPresent();
    }
}
