package fr.vodcompare.ui.shell;

import fr.vodcompare.ui.UiMessage;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
        CATALOGUE, COMPARE, ORIGINALS, AUDIENCE, SOURCES, DATA, TOP10, HISTORY;

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
    public enum Startup { OPENING, BUILDING, RESTORING, READY, FAILED }

    private final ObjectProperty<ScreenId> screen = new SimpleObjectProperty<>(this, "screen", ScreenId.CATALOGUE);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language", "en");
    private final ReadOnlyObjectWrapper<Startup> startup = new ReadOnlyObjectWrapper<>(this, "startup", Startup.OPENING);
    private final ReadOnlyObjectWrapper<UiMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyBooleanWrapper canSetAside = new ReadOnlyBooleanWrapper(this, "canSetAside");
    private final ReadOnlyObjectWrapper<UiMessage> notice = new ReadOnlyObjectWrapper<>(this, "notice");

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

    /** The copies of the user's imports, kept beside the store, are being imported again into a new store. */
    public void restoring() {
        startup.set(Startup.RESTORING);
    }

    public void ready() {
        startup.set(Startup.READY);
    }

    public void failed(UiMessage why) {
        failed(why, false);
    }

    /**
     * Start-up failed.
     *
     * @param setAside true when the store file exists and can be set aside so that a new one is built (a corrupt
     *                 file, a store from a newer version)
     */
    public void failed(UiMessage why, boolean setAside) {
        problem.set(why);
        canSetAside.set(setAside);
        startup.set(Startup.FAILED);
    }

    /** Opening again after the store was set aside; {@code what} says where the old file went. */
    public void openingAgain(UiMessage what) {
        problem.set(null);
        canSetAside.set(false);
        notice.set(what);
        startup.set(Startup.OPENING);
    }

    /** True when start-up failed on a store file that the user can set aside to start again. */
    public ReadOnlyBooleanProperty canSetAsideProperty() {
        return canSetAside.getReadOnlyProperty();
    }

    /** Something the user should know once the window is up (where a store was set aside), or null. */
    public ReadOnlyObjectProperty<UiMessage> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
