package fr.vodcompare.ui;

import java.nio.file.Path;
import javafx.stage.Window;

/**
 * Asks the user where to save a file. The app asks with a file chooser; tests answer with a path
 * (a file chooser cannot be driven under Monocle). FX thread only.
 */
@FunctionalInterface
public interface FileAsker {
    /** The file chosen, or null when the user cancelled. */
    Path saveFile(Window owner, String title, String suggestedName, String filterName, String pattern);

    /** The system's file chooser. */
    static FileAsker chooser() {
        return Views::saveFile;
    }
}
