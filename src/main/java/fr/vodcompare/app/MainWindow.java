package fr.vodcompare.app;

import atlantafx.base.theme.Styles;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.shell.ShellViewModel;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import fr.vodcompare.ui.shell.ShellViewModel.Startup;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window: menus, the navigation, the current screen and a status line. Shows at once with a
 * start-up pane; the screens arrive when the store is open. A language switch rebuilds the views (the
 * view models, and so every filter and selection, stay). FX thread only.
 */
final class MainWindow {
    private static final Map<ScreenId, Ikon> ICONS = Map.of(ScreenId.CATALOGUE, Feather.LIST, ScreenId.COMPARE,
            Feather.BAR_CHART_2, ScreenId.ORIGINALS, Feather.STAR, ScreenId.AUDIENCE, Feather.USERS, ScreenId.SOURCES,
            Feather.BOOK_OPEN, ScreenId.DATA, Feather.DATABASE, ScreenId.TOP10, Feather.TRENDING_UP,
            ScreenId.HISTORY, Feather.CLOCK);

    /** What the window asks of the app. */
    interface Actions {
        Screen create(ScreenId id, Messages m);

        /**
         * Opens the import dialog.
         *
         * @param facts true for a facts file, false for a catalogue, null to tell from the file's header
         * @param file  the file (dropped on the window), or null to ask for one
         */
        void openImport(Boolean facts, Path file);

        void about();

        /** Checks the store for damage in the background and says what it found. */
        void checkStore();

        void quit();

        String storeStatus(Messages m);
    }

    private final Stage stage;
    private final ShellViewModel shell;
    private final Function<String, Messages> languages;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<ScreenId, Screen> screens = new EnumMap<>(ScreenId.class);
    private final Map<ScreenId, ToggleButton> nav = new EnumMap<>(ScreenId.class);
    private final Label status = new Label();
    private Messages m;
    private Actions actions;
    private Runnable setAside = () -> { };

    MainWindow(Stage stage, ShellViewModel shell, Function<String, Messages> languages) {
        this.stage = stage;
        this.shell = shell;
        this.languages = languages;
        this.m = languages.apply(shell.languageProperty().get());
        root.setId("main");
        root.getStyleClass().add("main-window");
        content.getStyleClass().add("screen-content");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        shell.startupProperty().addListener((o, was, now) -> showStartup());
        // READY is shown by ready(actions), which follows it
        shell.languageProperty().addListener((o, was, now) -> languageChanged(now));
        shell.screenProperty().addListener((o, was, now) -> showScreen(now));
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    /** The window's scene: with the screens when {@link #ready} came first, else with the start-up pane until it does. */
    Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource(AppContext.STYLESHEET).toExternalForm());
        rebuild();
        return scene;
    }

    Messages messages() {
        return m;
    }

    /** What "Set this file aside and start again" does when the store cannot be opened. */
    void onSetAside(Runnable action) {
        this.setAside = action;
    }

    /** The store is open: the screens can be made (at once, or by {@link #scene} when it comes before the scene). */
    void ready(Actions actions) {
        this.actions = actions;
        if (root.getScene() != null) {
            rebuild();
        }
    }

    private void languageChanged(String language) {
        m = languages.apply(language);
        dropScreens();
        rebuild();
    }

    private void rebuild() {
        stage.setTitle(m.get("app.name"));
        root.setLeft(navigation());
        HBox bar = new HBox(status);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        root.setCenter(content);
        if (shell.startupProperty().get() == Startup.READY && actions != null) {
            dropScreens();
            showScreen(shell.screenProperty().get());
            UiMessage notice = shell.noticeProperty().get();
            status.setText(actions.storeStatus(m) + (notice == null ? "" : "  ·  " + m.text(notice)));
        } else {
            showStartup();
        }
        // after the screen: the menus ask it what it can do (File > Export)
        root.setTop(new MainMenus(m, shell, this::currentScreen, actions, stage).build());
    }

    private void dropScreens() {
        screens.values().forEach(Screen::dispose);
        screens.clear();
    }

    private Node navigation() {
        VBox box = new NavigationBox();
        box.setPadding(new Insets(10, 8, 10, 8));
        box.getStyleClass().add("navigation");
        box.setAccessibleText(m.get("nav.accessible"));
        ToggleGroup group = new ToggleGroup();
        nav.clear();
        for (ScreenId id : ScreenId.values()) {
            ToggleButton b = new ToggleButton(m.get("screen." + id.id()), Views.icon(ICONS.get(id)));
            b.setId("nav-" + id.id());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setMnemonicParsing(false);
            b.getStyleClass().add("nav-button");
            b.setTooltip(Views.tooltip(m.get("screen." + id.id() + ".help")));
            b.setAccessibleHelp(m.get("screen." + id.id() + ".help"));
            b.setOnAction(e -> {
                shell.screenProperty().set(id);
                b.setSelected(true);
            });
            b.disableProperty().bind(shell.startupProperty().isNotEqualTo(Startup.READY));
            nav.put(id, b);
            box.getChildren().add(b);
        }
        Optional.ofNullable(nav.get(shell.screenProperty().get())).ifPresent(b -> b.setSelected(true));
        return box;
    }

    private void showScreen(ScreenId id) {
        if (actions == null || shell.startupProperty().get() != Startup.READY) {
            return;
        }
        Screen s = screens.computeIfAbsent(id, k -> actions.create(k, m));
        content.getChildren().setAll(s.root());
        Optional.ofNullable(nav.get(id)).ifPresent(b -> {
            b.setSelected(true);
            // a screen chosen by its shortcut while the navigation has the focus: the focus follows the selection (else
            // the focus ring stays on the screen left, and two screens look chosen)
            javafx.scene.Node focused = b.getScene() == null ? null : b.getScene().getFocusOwner();
            if (focused instanceof ToggleButton && nav.containsValue(focused) && focused != b) {
                b.requestFocus();
            }
        });
        s.shown();
    }

    Optional<Screen> currentScreen() {
        return Optional.ofNullable(screens.get(shell.screenProperty().get()));
    }

    /** Start-up: a progress bar and what is happening, then the screens (or why they cannot show). */
    private void showStartup() {
        Startup s = shell.startupProperty().get();
        if (s == Startup.READY) {
            return;
        }
        Label title = new Label(m.get("app.name"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label what = new Label(s == Startup.FAILED ? m.text(shell.problemProperty().get())
                : m.get(s == Startup.BUILDING ? "startup.building"
                        : s == Startup.RESTORING ? "startup.restoring" : "startup.opening"));
        what.setWrapText(true);
        what.setMaxWidth(560);
        what.setId("startup-status");
        VBox box = new VBox(16, title, what);
        if (s == Startup.FAILED) {
            what.getStyleClass().add(Styles.DANGER);
            box.getChildren().add(failureChoice());
        } else {
            ProgressBar bar = new ProgressBar();
            bar.setPrefWidth(420);
            bar.setAccessibleText(what.getText());
            box.getChildren().add(bar);
        }
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
    }

    /** After a failure: set the file aside and start again (when there is a file to set aside), or quit. */
    private Node failureChoice() {
        Button again = Views.button(m.get("startup.setAside"), Feather.ROTATE_CCW);
        again.setId("startup-set-aside");
        again.getStyleClass().add(Styles.ACCENT);
        again.setDefaultButton(true);
        again.setOnAction(e -> setAside.run());
        Label help = Views.muted(m.get("startup.setAside.help"));
        help.setMaxWidth(560);
        Button quit = Views.button(m.get("startup.quit"), Feather.LOG_OUT);
        quit.setId("startup-quit");
        quit.setCancelButton(true);
        quit.setOnAction(e -> {
            stage.close();
            Platform.exit();
        });
        HBox buttons = new HBox(10, quit);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(10, buttons);
        box.setAlignment(Pos.CENTER);
        if (shell.canSetAsideProperty().get()) {
            buttons.getChildren().add(0, again);
            box.getChildren().add(help);
            Platform.runLater(again::requestFocus);
        }
        return box;
    }

    private void dragOver(DragEvent e) {
        if (actions != null && e.getDragboard().hasFiles() && csv(e.getDragboard().getFiles()).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Optional<File> file = csv(e.getDragboard().getFiles());
        file.ifPresent(f -> actions.openImport(null, f.toPath()));
        e.setDropCompleted(file.isPresent());
        e.consume();
    }

    private static Optional<File> csv(List<File> files) {
        return files.stream().filter(f -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                || f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".txt")).findFirst();
    }

    /**
     * The navigation's column: as wide as its longest screen name in bold (the selected one is bold), so no name is
     * cut ("Créations originales" in French) and the column does not move when another screen is chosen.
     */
    private static final class NavigationBox extends VBox {
        private static final double MIN = 190;

        NavigationBox() {
            super(4);
            setMinWidth(USE_PREF_SIZE);
        }

        @Override
        protected double computePrefWidth(double height) {
            double widest = 0;
            for (Node n : getChildren()) {
                double w = n.prefWidth(-1);
                if (n instanceof ToggleButton) {
                    ToggleButton b = (ToggleButton) n;
                    Font f = b.getFont();
                    w += textWidth(b.getText(), Font.font(f.getFamily(), FontWeight.BOLD, f.getSize()))
                            - textWidth(b.getText(), f);
                }
                widest = Math.max(widest, w);
            }
            return Math.max(MIN, Math.ceil(snappedLeftInset() + widest + snappedRightInset()) + 2);
        }

        private static double textWidth(String s, Font f) {
            Text t = new Text(s);
            t.setFont(f);
            return t.getLayoutBounds().getWidth();
        }
    }

    static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
