package fr.vodcompare.app;

import fr.vodcompare.ui.FileAsker;
import java.nio.file.Path;
import javafx.stage.Window;

/** A file asker for tests that choose no file: every question is answered as if cancelled. */
final class NoFiles implements FileAsker {
    @Override
    public Path saveFile(Window owner, String title, String name, String filter, String pattern) {
        return null;
    }

    @Override
    public Path chooseFolder(Window owner, String title) {
        return null;
    }
}
