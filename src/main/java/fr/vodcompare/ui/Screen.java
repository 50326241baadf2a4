package fr.vodcompare.ui;

import javafx.scene.Node;

/** One screen of the main window, as the window sees it. Views implement it; FX thread only. */
public interface Screen {
    /** The screen's root node. */
    Node root();

    /** True when File > Export (Ctrl+E) has something to export on this screen. */
    default boolean canExport() {
        return false;
    }

    /** Asks where to export what the screen shows, then exports it. */
    default void export() {
    }

    /** Puts the keyboard focus in the screen's search or filter field (Ctrl+F). */
    default void focusSearch() {
    }

    /**
     * Called when the window drops this view (a language switch makes new views of the same view models): it
     * stops listening to its view model, so a view no one sees never reacts to a change again.
     */
    default void dispose() {
    }

    /** Called when the screen is shown. */
    default void shown() {
    }
}
