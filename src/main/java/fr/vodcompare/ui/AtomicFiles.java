package fr.vodcompare.ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: into a temporary file next to it, then moved over it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What to write. */
    @FunctionalInterface
    public interface Content<T> {
        T write(Writer out) throws Exception;
    }

    /** Writes UTF-8 text to {@code target}; on failure the target is left as it was. Runs on the calling thread. */
    public static <T> T writeText(Path target, boolean byteOrderMark, Content<T> content) throws Exception {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            T result;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                if (byteOrderMark) {
                    out.write('\uFEFF');
                }
                result = content.write(out);
            }
            move(tmp, target);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
