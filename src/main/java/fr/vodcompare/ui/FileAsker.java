package fr.vodcompare.ui;

import java.nio.file.Path;
import javafx.stage.Window;

/**
 * Asks the user where to save a file, or into which folder. The app asks with the system's choosers; tests
 * answer with a path (a file chooser cannot be driven under Monocle). FX thread only.
 */
public interface FileAsker {
    /** The file chosen, or null when the user cancelled. */
    Path saveFile(Window owner, String title, String suggestedName, String filterName, String pattern);

    /** The folder chosen, or null when the user cancelled. */
    Path chooseFolder(Window owner, String title);

    /** The file chosen to open, or null when the user cancelled. The system's chooser unless a test answers. */
    default Path openFile(Window owner, String title, String filterName, String pattern) {
        return Views.openFile(owner, title, filterName, pattern);
    }

    /** The system's file and folder choosers. */
    static FileAsker chooser() {
        return new FileAsker() {
            @Override
            public Path saveFile(Window owner, String title, String suggestedName, String filterName, String pattern) {
                return Views.saveFile(owner, title, suggestedName, filterName, pattern);
            }

            @Override
            public Path chooseFolder(Window owner, String title) {
                return Views.chooseFolder(owner, title);
            }
        };
    }
}
