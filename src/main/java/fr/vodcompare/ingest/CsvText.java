package fr.vodcompare.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes turned into text. A byte-order mark decides (UTF-8, UTF-16 little or big endian) whatever
 * encoding was chosen; without one, the chosen encoding is read strictly, and when none was chosen a file that
 * is not valid UTF-8 but is valid Windows-1252 (what French Excel writes) is read as that, and says so.
 *
 * @param text    the text, without its byte-order mark
 * @param charset what it was read as
 * @param assumed true when the encoding was guessed (not UTF-8, read as Windows-1252)
 */
record CsvText(String text, Charset charset, boolean assumed) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static CsvText decode(String file, byte[] bytes, Charset chosen) throws ImportException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new CsvText(strict(file, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new CsvText(strict(file, bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new CsvText(strict(file, bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        boolean utf16 = chosen != null && chosen.name().startsWith("UTF-16");
        int nul = utf16 ? -1 : indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw ImportException.of(file, lineAt(bytes, nul), "binary");
        }
        if (chosen != null) {
            return new CsvText(strict(file, bytes, 0, chosen), chosen, false);
        }
        try {
            return new CsvText(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            try {
                return new CsvText(decoder(WINDOWS_1252).decode(buf).toString(), WINDOWS_1252, true);
            } catch (CharacterCodingException neither) {
                throw ImportException.of(file, lineAt(bytes, buf.position()), "encoding.neither");
            }
        }
    }

    /** The text read in {@code charset}; a byte it cannot read is an error naming the line. */
    private static String strict(String file, byte[] bytes, int offset, Charset charset) throws ImportException {
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder(charset).decode(buf).toString();
        } catch (CharacterCodingException e) {
            throw notValid(file, lineAt(bytes, buf.position()), charset);
        }
    }

    /**
     * Bytes {@code charset} cannot read, at {@code line}. Not UTF-8 has its own key: the import dialog offers
     * Windows-1252 for it.
     */
    static ImportException notValid(String file, long line, Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? ImportException.of(file, line, "encoding.notUtf8")
                : ImportException.of(file, line, "encoding.invalid", charset.name(), charset.name());
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The line of a byte offset: newlines counted in bytes, right for every ASCII-compatible encoding. */
    static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
