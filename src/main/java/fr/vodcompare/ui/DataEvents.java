package fr.vodcompare.ui;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Tells the screens that the store changed (an import, a deletion, a rename), so they reload.
 * One instance, made by the composition root. FX thread only.
 */
public final class DataEvents {
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");

    /** Counts the changes; listen to it to reload. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Call after a write to the store has finished. */
    public void changed() {
        version.set(version.get() + 1);
    }
}
