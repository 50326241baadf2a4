package fr.vodcompare.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a file's bytes read, decided by one pass over the file in fixed-size chunks (the file is never held whole):
 * the same rules as {@link CsvText} (a byte-order mark decides; NUL bytes are binary content; without a chosen
 * encoding, a file that is not valid UTF-8 but is valid Windows-1252 is read as that, and says so).
 *
 * @param charset what to read it as
 * @param skip    the bytes of its byte-order mark
 * @param assumed true when the encoding was guessed (Windows-1252)
 */
record CsvBytes(Charset charset, int skip, boolean assumed) {
    private static final int CHUNK = 1 << 20;

    /**
     * How the file reads when its byte-order mark (skipped) or the encoding chosen says it; null when only a pass over the
     * whole file tells (UTF-8, else Windows-1252), as {@link #of} makes it.
     */
    static CsvBytes declared(Path path, Charset chosen) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new CsvBytes(StandardCharsets.UTF_8, 3, false);
        } else if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new CsvBytes(StandardCharsets.UTF_16LE, 2, false);
        } else if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new CsvBytes(StandardCharsets.UTF_16BE, 2, false);
        }
        return chosen != null ? new CsvBytes(chosen, 0, false) : null;
    }

    static CsvBytes of(String file, Path path, Charset chosen) throws ImportException, IOException {
        CsvBytes b = declared(path, chosen);
        if (b == null) {
            try {
                return scan(file, path, new CsvBytes(StandardCharsets.UTF_8, 0, false), true);
            } catch (NotValid notUtf8) {
                try {
                    return scan(file, path, new CsvBytes(CsvText.WINDOWS_1252, 0, true), true);
                } catch (NotValid neither) {
                    throw ImportException.of(file, neither.line, "encoding.neither");
                }
            }
        }
        // a file whose mark or chosen encoding is UTF-16 holds NUL bytes; any other holds none
        boolean noNul = b.skip() == 0 && !b.charset().name().startsWith("UTF-16");
        try {
            return scan(file, path, b, noNul);
        } catch (NotValid e) {
            throw CsvText.notValid(file, e.line, b.charset());
        }
    }

    /** Bytes the charset cannot read, at a line. */
    private static final class NotValid extends Exception {
        final long line;

        NotValid(long line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /** Reads the whole file as {@code b} says, strictly; {@code noNul}: a NUL byte is binary content. */
    private static CsvBytes scan(String file, Path path, CsvBytes b, boolean noNul) throws ImportException, IOException, NotValid {
        CharsetDecoder d = b.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK + 8);
        CharBuffer out = CharBuffer.allocate(CHUNK + 8);
        long line = 1;
        try (InputStream s = Files.newInputStream(path)) {
            s.skipNBytes(b.skip());
            byte[] chunk = new byte[CHUNK];
            int n;
            while ((n = s.read(chunk)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (noNul && chunk[i] == 0) {
                        throw ImportException.of(file, lineOf(chunk, i, line, n), "binary");
                    }
                }
                in.put(chunk, 0, n).flip();
                long before = line;
                CoderResult r = d.decode(in, out, false);
                if (r.isError()) {
                    throw new NotValid(lineOf(chunk, n - in.remaining(), before, n));
                }
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        line++;
                    }
                }
                in.compact();
                out.clear();
            }
            in.flip();
            if (d.decode(in, out, true).isError() || d.flush(out).isError()) {
                throw new NotValid(line);
            }
        }
        return b;
    }

    /** The line of a position in a chunk, counting from the chunk's first line. */
    private static long lineOf(byte[] chunk, int at, long first, int n) {
        long line = first;
        for (int i = 0; i < Math.min(at, n); i++) {
            if (chunk[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
