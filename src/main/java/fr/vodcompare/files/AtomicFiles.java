package fr.vodcompare.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The app's one way to write a file: whole or not at all, and still whole after a power cut. The bytes go to a
 * temporary file in the target's folder, are forced to the disk, the file is moved over the target in one step,
 * then the folder itself is forced so that the move is on the disk too. The file gets the permissions any new
 * file of the user gets (not {@code createTempFile}'s owner-only ones). Runs on the calling thread; any thread.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes a file's bytes. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws Exception;
    }

    /** What writes a text file; may give back a result (such as how many rows it wrote). */
    @FunctionalInterface
    public interface Text<T> {
        T writeTo(Writer out) throws Exception;
    }

    /** Writes {@code target}; on failure the target is as it was and no temporary file is left. */
    public static void write(Path target, Bytes content) throws IOException {
        try {
            write0(target, content);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Writes UTF-8 text to {@code target}, with a byte-order mark when asked (Excel reads UTF-8 only with one).
     * Gives back what {@code content} returns; on failure the target is as it was and its exception is thrown.
     */
    public static <T> T writeText(Path target, boolean byteOrderMark, Text<T> content) throws Exception {
        Object[] result = new Object[1];
        write0(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (byteOrderMark) {
                w.write('\uFEFF');
            }
            result[0] = content.writeTo(w);
            w.flush();
        });
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private static void write0(Path target, Bytes content) throws Exception {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Puts the folder's entry for the moved file on the disk; a system that cannot open a folder (Windows) skips it. */
    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a file; NTFS journals the rename itself
        }
    }
}
