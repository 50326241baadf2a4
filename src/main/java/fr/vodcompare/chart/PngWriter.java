package fr.vodcompare.chart;

import fr.vodcompare.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes charts as PNG files ({@link PngEncoder}). Off the FX thread: encoding a large image takes a while. A file is
 * written whole or not at all (temporary file beside the target, then moved over it).
 */
public final class PngWriter {
    private PngWriter() {
    }

    /** Writes {@code image} to {@code target} (replacing it); on failure nothing is left behind. */
    public static void write(ChartImage image, Path target) throws IOException {
        AtomicFiles.write(target, out -> PngEncoder.write(image, out));
    }
}
