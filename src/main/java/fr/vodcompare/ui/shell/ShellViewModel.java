package fr.vodcompare.ui.shell;

import fr.vodcompare.ui.UiMessage;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's state: which screen shows, the theme, the language, and how start-up goes.
 * FX thread only.
 */
public final class ShellViewModel {
    /** The screens, in the order of the navigation. */
    public enum ScreenId {
        CATALOGUE, COMPARE, ORIGINALS, AUDIENCE, SOURCES, DATA;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static ScreenId parse(String s) {
            for (ScreenId id : values()) {
                if (id.id().equalsIgnoreCase(s) || id.name().equalsIgnoreCase(s)) {
                    return id;
                }
            }
            return CATALOGUE;
        }
    }

    /** Where start-up is. */
    public enum Startup { OPENING, BUILDING, READY, FAILED }

    private final ObjectProperty<ScreenId> screen = new SimpleObjectProperty<>(this, "screen", ScreenId.CATALOGUE);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language", "en");
    private final ReadOnlyObjectWrapper<Startup> startup = new ReadOnlyObjectWrapper<>(this, "startup", Startup.OPENING);
    private final ReadOnlyObjectWrapper<UiMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    public static List<String> languages() {
        return List.of("fr", "en");
    }

    public ObjectProperty<ScreenId> screenProperty() {
        return screen;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** "fr" or "en". */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<Startup> startupProperty() {
        return startup.getReadOnlyProperty();
    }

    /** Why start-up failed, or null. */
    public ReadOnlyObjectProperty<UiMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The first start builds the store from the bundled data: it takes a few seconds. */
    public void building() {
        startup.set(Startup.BUILDING);
    }

    public void ready() {
        startup.set(Startup.READY);
    }

    public void failed(UiMessage why) {
        problem.set(why);
        startup.set(Startup.FAILED);
    }
}
