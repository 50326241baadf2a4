package fr.vodcompare.ingest;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.LoggerFactory;

/**
 * How a kept copy of an imported file is compressed, named by its file's extension. New copies are written with
 * Zstandard at level 1: on the 1,000,000-title file (406 MB) it took 1.7 s of one core for 194 MB, where gzip at its
 * fastest level took 5.7 s for 207 MB, time taken from the import it runs beside. Copies written by earlier versions
 * are gzip, and stay readable; where Zstandard's native library cannot be loaded, copies are written as gzip.
 */
enum Compression {
    ZSTD(".zst"), GZIP(".gz");

    /** The compression of the copies written from now on (Zstandard's library is loaded on the first call). */
    static Compression written() {
        return Written.VALUE;
    }

    private static final class Written {
        static final Compression VALUE = zstdLoads() ? ZSTD : GZIP;
    }

    private static final int BUFFER = 1 << 16;
    private final String extension;

    Compression(String extension) {
        this.extension = extension;
    }

    /** The file of copy {@code id} in {@code folder}, in this compression. */
    Path file(Path folder, String id) {
        return folder.resolve(id + extension);
    }

    /** Writes {@code source} compressed to {@code out}, which is flushed and left open (its owner forces it to disk). */
    void compress(Path source, OutputStream out) throws IOException {
        OutputStream open = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (OutputStream z = this == ZSTD ? new com.github.luben.zstd.ZstdOutputStream(open, 1) : gzip(open);
             InputStream in = Files.newInputStream(source)) {
            in.transferTo(z);
        }
    }

    /** {@code in}, decompressed (closing it closes {@code in}). */
    InputStream decompress(InputStream in) throws IOException {
        return this == ZSTD ? new com.github.luben.zstd.ZstdInputStream(in) : new GZIPInputStream(in, BUFFER);
    }

    private static OutputStream gzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, BUFFER) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    private static boolean zstdLoads() {
        try {
            com.github.luben.zstd.util.Native.load();
            return true;
        } catch (LinkageError | RuntimeException e) {
            LoggerFactory.getLogger(Compression.class).warn("Zstandard cannot be loaded here; imported files are kept as gzip", e);
            return false;
        }
    }
}
