package fr.vodcompare.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole CSV file read into memory: its header and its records, each with the line it starts on ({@link CsvStream}
 * read to its end, with the same strict rules). For small files (facts, previews); a catalogue is read as a stream.
 */
public final class CsvTable {
    /** The longest field read: 1 MiB of text (a description is a few hundred characters). */
    public static final int MAX_FIELD = 1 << 20;
    /** The most data rows read: 5,000,000 (the largest catalogues hold tens of thousands of titles). */
    public static final int MAX_ROWS = 5_000_000;
    /** The key of the warning of a file that was not UTF-8 and was read as Windows-1252 (line 0: the whole file). */
    public static final String WINDOWS_1252_ASSUMED = "encoding.assumed";

    /** One record and the line of the file it starts on (1 is the header). */
    public record Row(long line, String[] cells) {
    }

    private final CsvStream stream;
    private final List<Row> rows;
    private final List<ImportWarning> warnings;

    private CsvTable(CsvStream stream) throws ImportException {
        this.stream = stream;
        List<Row> all = new ArrayList<>();
        for (Row r = stream.next(); r != null; r = stream.next()) {
            all.add(r);
        }
        this.rows = all;
        this.warnings = List.copyOf(stream.warnings());
        stream.close();
    }

    /** Opens and reads {@code path}; a file that cannot be read is an error saying why. */
    public static CsvTable read(Path path, CsvOptions options) throws ImportException {
        try (CsvStream s = CsvStream.open(path, options)) {
            return new CsvTable(s);
        }
    }

    /** Why a file cannot be read, in words: "permission denied" rather than the bare path Java gives. */
    static ImportException unreadable(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ImportException(name, 0, e, "file.missing");
        }
        if (e instanceof AccessDeniedException) {
            return new ImportException(name, 0, e, "file.denied");
        }
        String reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason() : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if ("Is a directory".equals(reason)) {
            return new ImportException(name, 0, e, "file.folder");
        }
        return new ImportException(name, 0, e, "file.unreadable", reason);
    }

    /** Reads {@code in} completely; {@code file} names it in messages. */
    public static CsvTable read(String file, InputStream in, CsvOptions options) throws ImportException, IOException {
        CsvText decoded = CsvText.decode(file, in.readAllBytes(), options.encoding());
        try (CsvStream s = CsvStream.of(file, decoded, options)) {
            return new CsvTable(s);
        }
    }

    /** Its columns (the stream it was read from, at its end). */
    CsvStream columns() {
        return stream;
    }

    public String file() {
        return stream.file();
    }

    public List<String> header() {
        return stream.header();
    }

    public List<Row> rows() {
        return rows;
    }

    /** What reading assumed about the whole file (line 0: the encoding) or about padded rows. */
    public List<ImportWarning> warnings() {
        return warnings;
    }

    public boolean has(String column) {
        return stream.has(column);
    }

    /** Fails with the expected layout when a required column is missing. */
    public void require(List<String> columns, String expectedLayout) throws ImportException {
        stream.require(columns, expectedLayout);
    }

    /** The stripped cell of {@code column} in {@code row}, or empty when blank or absent. */
    public Optional<String> get(Row row, String column) {
        return stream.get(row, column);
    }

    /** The cell as {@link #get} gives it, or null. */
    public String value(Row row, String column) {
        return stream.value(row, column);
    }
}
