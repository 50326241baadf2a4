package fr.vodcompare.app;

import atlantafx.base.theme.Styles;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > Keyboard shortcuts and Help > User guide. FX thread only. */
final class HelpDialog {
    /** A shortcut and what it does. */
    record Shortcut(String keys, String action) {
    }

    private HelpDialog() {
    }

    /**
     * Every shortcut: read from the menu bar's own accelerators (so the list cannot drift from the menus),
     * then the keys of the screens themselves.
     */
    static List<Shortcut> shortcuts(MenuBar bar, Messages m) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, out);
        }
        for (String key : List.of("help.keys.searchToTable", "help.keys.openSource", "help.keys.tab")) {
            out.add(new Shortcut(m.get(key + ".keys"), m.get(key)));
        }
        return out;
    }

    private static void collect(Menu menu, List<Shortcut> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, out);
            } else if (i.getAccelerator() != null && i.getText() != null) {
                out.add(new Shortcut(i.getAccelerator().getDisplayText(), i.getText().replace("_", "")));
            }
        }
    }

    static void showShortcuts(Window owner, MenuBar bar, Messages m) {
        GridPane grid = new GridPane();
        grid.setId("help-shortcuts");
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : shortcuts(bar, m)) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(row++, keys, new Label(s.action()));
        }
        show(owner, m, m.get("menu.shortcuts"), grid);
    }

    /** What each screen answers, then where the data comes from. */
    static VBox guide(Messages m) {
        VBox box = new VBox(8);
        box.setId("help-guide");
        box.getChildren().add(wrap(m.get("help.guide.intro")));
        for (ScreenId id : ScreenId.values()) {
            Label name = new Label(m.get("screen." + id.id()));
            name.getStyleClass().add(Styles.TITLE_4);
            box.getChildren().addAll(name, wrap(m.get("help.guide." + id.id())));
        }
        Label data = new Label(m.get("about.data"));
        data.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().addAll(data, wrap(m.get("help.guide.data")), wrap(m.get("about.data.facts")));
        return box;
    }

    static void showGuide(Window owner, Messages m) {
        VBox box = guide(m);
        box.setPrefWidth(560);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(520);
        show(owner, m, m.get("menu.guide"), scroll);
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static void show(Window owner, Messages m, String title, javafx.scene.Node content) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        VBox pad = new VBox(content);
        pad.setPadding(new Insets(8));
        d.getDialogPane().setContent(pad);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
    }
}
