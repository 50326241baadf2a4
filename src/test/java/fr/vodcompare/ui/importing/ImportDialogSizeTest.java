package fr.vodcompare.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The import dialog fits the screen it opens on, its title bar included. */
class ImportDialogSizeTest {
    @Test
    void onASmallScreenTheDialogLeavesRoomForItsTitleBar() {
        Dimension2D small = ImportDialog.size(new Rectangle2D(0, 0, 1024, 700));
        assertThat(small.getHeight()).isLessThanOrEqualTo(700 - 40);
        assertThat(small.getWidth()).isLessThanOrEqualTo(1024 - 20);
        Dimension2D tiny = ImportDialog.size(new Rectangle2D(0, 0, 800, 600));
        assertThat(tiny.getWidth()).isLessThanOrEqualTo(800 - 20);
        assertThat(tiny.getHeight()).isLessThanOrEqualTo(600 - 40);
    }

    @Test
    void onALargeScreenItKeepsItsOwnSize() {
        assertThat(ImportDialog.size(new Rectangle2D(0, 0, 1920, 1040))).isEqualTo(new Dimension2D(980, 720));
    }
}
