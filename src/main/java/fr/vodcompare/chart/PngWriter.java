package fr.vodcompare.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Encodes charts as PNG files. Off the FX thread: encoding a large image takes a while. A file is
 * written whole or not at all: into a temporary file beside the target, then moved over it.
 */
public final class PngWriter {
    private PngWriter() {
    }

    /** Writes {@code image} to {@code target} (replacing it); on failure nothing is left behind. */
    public static void write(ChartImage image, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image.toBufferedImage(), "png", out)) {
                throw new IOException("no PNG encoder available");
            }
        });
    }

    /** What writes a file's bytes. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary file, then move: readers never see half a file. */
    static final class AtomicFiles {
        private AtomicFiles() {
        }

        static void write(Path target, Content content) throws IOException {
            Path absolute = target.toAbsolutePath();
            Path dir = absolute.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new IOException("folder " + dir + " does not exist");
            }
            // not createTempFile: its owner-only permissions would carry over to the published file
            Path tmp = dir.resolve("." + absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                }
                try {
                    Files.move(tmp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(tmp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
