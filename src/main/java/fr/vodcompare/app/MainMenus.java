package fr.vodcompare.app;

import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.shell.ShellViewModel;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import fr.vodcompare.ui.shell.ShellViewModel.Startup;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/** The menu bar and its shortcuts (Ctrl+I import, Ctrl+E export, Ctrl+F find, Ctrl+1–7 screens). FX thread only. */
final class MainMenus {
    private final Messages m;
    private final ShellViewModel shell;
    private final Supplier<Optional<Screen>> current;
    private final MainWindow.Actions actions;
    private final Stage stage;
    private final BooleanBinding notReady;
    private final MenuBar bar = new MenuBar();

    MainMenus(Messages m, ShellViewModel shell, Supplier<Optional<Screen>> current, MainWindow.Actions actions, Stage stage) {
        this.m = m;
        this.shell = shell;
        this.current = current;
        this.actions = actions;
        this.stage = stage;
        this.notReady = shell.startupProperty().isNotEqualTo(Startup.READY);
    }

    MenuBar build() {
        bar.getMenus().setAll(file(), edit(), view(), help());
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        MenuItem importCatalogue = item("menu.importCatalogue", "Shortcut+I", e -> actions.openImport(false, null));
        importCatalogue.setGraphic(Views.icon(Feather.UPLOAD));
        MenuItem importFacts = item("menu.importFacts", null, e -> actions.openImport(true, null));
        MenuItem export = item("menu.export", "Shortcut+E", e -> current.get().filter(Screen::canExport).ifPresent(Screen::export));
        export.setGraphic(Views.icon(Feather.DOWNLOAD));
        importCatalogue.disableProperty().bind(notReady);
        importFacts.disableProperty().bind(notReady);
        // read when the menu shows, after the screen is made: greyed out where there is nothing to export
        export.disableProperty().bind(notReady.or(Bindings.createBooleanBinding(
                () -> current.get().map(s -> !s.canExport()).orElse(true), shell.screenProperty())));
        MenuItem quit = new MenuItem(m.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> actions().ifPresentOrElse(MainWindow.Actions::quit, stage::close));
        Menu menu = new Menu(m.get("menu.file"), null, importCatalogue, importFacts, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);
        menu.setId("menu-file");
        return menu;
    }

    private Menu edit() {
        MenuItem find = item("menu.find", "Shortcut+F", e -> {
            Optional<Screen> s = current.get();
            if (s.isEmpty() || shell.screenProperty().get() != ScreenId.CATALOGUE && shell.screenProperty().get() != ScreenId.SOURCES
                    && shell.screenProperty().get() != ScreenId.HISTORY) {
                shell.screenProperty().set(ScreenId.CATALOGUE);
            }
            current.get().ifPresent(Screen::focusSearch);
        });
        find.setGraphic(Views.icon(Feather.SEARCH));
        find.disableProperty().bind(notReady);
        return new Menu(m.get("menu.edit"), null, find);
    }

    private Menu view() {
        Menu menu = new Menu(m.get("menu.view"));
        int n = 1;
        for (ScreenId id : ScreenId.values()) {
            MenuItem i = item("screen." + id.id(), "Shortcut+" + n++, e -> shell.screenProperty().set(id));
            i.disableProperty().bind(notReady);
            menu.getItems().add(i);
        }
        CheckMenuItem dark = new CheckMenuItem(m.get("menu.dark"));
        dark.selectedProperty().bindBidirectional(shell.darkProperty());
        Menu language = new Menu(m.get("menu.language"));
        ToggleGroup group = new ToggleGroup();
        for (String lang : ShellViewModel.languages()) {
            RadioMenuItem r = new RadioMenuItem(m.get("language." + lang));
            r.setToggleGroup(group);
            r.setSelected(lang.equals(shell.languageProperty().get()));
            r.setOnAction(e -> shell.languageProperty().set(lang));
            language.getItems().add(r);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), dark, language);
        return menu;
    }

    private Menu help() {
        MenuItem shortcuts = item("menu.shortcuts", null, e -> HelpDialog.showShortcuts(stage, bar, m));
        shortcuts.setId("menu-shortcuts");
        MenuItem guide = item("menu.guide", "F1", e -> HelpDialog.showGuide(stage, m));
        guide.setId("menu-guide");
        guide.setGraphic(Views.icon(Feather.HELP_CIRCLE));
        MenuItem about = item("menu.about", null, e -> actions().ifPresent(MainWindow.Actions::about));
        about.setGraphic(Views.icon(Feather.INFO));
        MenuItem check = item("menu.checkStore", null, e -> actions().ifPresent(MainWindow.Actions::checkStore));
        check.setId("menu-check-store");
        check.disableProperty().bind(notReady);
        Menu menu = new Menu(m.get("menu.help"), null, guide, shortcuts, check, new SeparatorMenuItem(), about);
        menu.setId("menu-help");
        return menu;
    }

    private Optional<MainWindow.Actions> actions() {
        return Optional.ofNullable(actions);
    }

    private MenuItem item(String key, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem i = new MenuItem(m.get(key));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(action);
        return i;
    }
}
