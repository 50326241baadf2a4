package fr.vodcompare.ui;

import fr.vodcompare.chart.ChartCsv;
import fr.vodcompare.chart.ChartSnapshot;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.chart.ExportSize;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copy and CSV for the charts of the chart package (Export PNG has its dialog, in {@code ui/export}); the file is
 * asked for with the {@link FileAsker}, written on a worker. FX thread only.
 */
public final class ChartExports {
    private static final Logger LOG = LoggerFactory.getLogger(ChartExports.class);
    /** Size of exported and copied charts: 1200 × 675, the 16:9 of most publications. */
    public static final ExportSize SIZE = ExportSize.DEFAULT;

    private final BackgroundTasks tasks;
    private final FileAsker files;

    public ChartExports(BackgroundTasks tasks, FileAsker files) {
        this.tasks = tasks;
        this.files = files;
    }

    public FileAsker files() {
        return files;
    }

    /** Puts the chart, as exported, on the clipboard. */
    public void copy(ChartSpec spec) {
        WritableImage image = ChartSnapshot.take(spec, SIZE);
        ClipboardContent c = new ClipboardContent();
        c.putImage(image);
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** Asks where, then writes the numbers behind the chart as CSV. */
    public boolean saveCsv(Window owner, Messages m, ChartSpec spec, Consumer<Path> done, Consumer<Throwable> failed) {
        Path file = files.saveFile(owner, m.get("chart.exportCsv"), spec.id() + ".csv", m.get("file.csv"), "*.csv");
        if (file == null) {
            return false;
        }
        tasks.task(() -> {
            ChartCsv.write(spec, file);
            return file;
        }).onSuccess(done::accept).onFailure(e -> {
            LOG.warn("Writing the chart data to {} failed", file, e);
            failed.accept(e);
        }).start();
        return true;
    }
}
