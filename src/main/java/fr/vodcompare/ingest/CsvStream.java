package fr.vodcompare.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file read one record at a time with Jackson, in bounded memory: its header, then its records, each with
 * the line it starts on. The same strict rules as {@link CsvTable} (which is a stream read to its end): broken
 * quoting, a column named twice, a field over {@link CsvTable#MAX_FIELD} characters, more than
 * {@link CsvTable#MAX_ROWS} rows and rows with more fields than the header (unless the extra ones are empty) are
 * errors naming the line. What it assumed comes back in {@link #warnings()} once the last record is read.
 */
public final class CsvStream implements AutoCloseable {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final String file;
    private final Reader source;
    private final MappingIterator<String[]> it;
    private final List<String> header;
    private final Map<String, Integer> index;
    private final boolean assumed;
    /** Read as UTF-8 without a pass over it first ({@link #openAsUtf8}). */
    private final boolean utf8Unchecked;
    private long line = 1;
    private int rows;
    private int padded;
    private long firstPadded;
    private String[] pending;
    private long pendingLine;

    private CsvStream(String file, Reader reader, CsvOptions options, boolean assumed) throws ImportException, IOException {
        this(file, reader, options, assumed, false);
    }

    private CsvStream(String file, Reader reader, CsvOptions options, boolean assumed, boolean utf8Unchecked)
            throws ImportException, IOException {
        this.file = file;
        this.assumed = assumed;
        this.utf8Unchecked = utf8Unchecked;
        BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader, 1 << 16);
        this.source = in;
        char delimiter = options.delimiter() != 0 ? options.delimiter() : detectDelimiter(firstLine(in));
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        try {
            it = MAPPER.readerFor(String[].class).with(schema).readValues(in);
            if (!it.hasNextValue()) {
                throw ImportException.of(file, 1, "csv.empty");
            }
            String[] first = it.nextValue();
            line = it.currentLocation().getLineNr();
            checkLength(file, 1, first);
            header = List.of(first);
            if (first.length == 1 && first[0].isBlank()) {
                advance();
                if (pending == null) {
                    throw ImportException.of(file, 1, "csv.empty");
                }
            }
        } catch (JacksonException e) {
            throw notCsv(e);
        }
        index = columns(file, header, options.columnMap());
    }

    /** Opens {@code path}, deciding how its bytes read in one pass over it ({@link CsvBytes}). */
    public static CsvStream open(Path path, CsvOptions options) throws ImportException {
        String name = path.toString();
        try {
            CsvBytes b = CsvBytes.of(name, path, options.encoding());
            InputStream in = Files.newInputStream(path);
            try {
                in.skipNBytes(b.skip());
                var decoder = b.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                return new CsvStream(name, new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), options, b.assumed());
            } catch (ImportException | IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (IOException e) {
            throw CsvTable.unreadable(name, e);
        }
    }

    /**
     * Thrown by a stream opened with {@link #openAsUtf8} whose file turns out not to be plain UTF-8 text (bytes that are
     * not UTF-8, or a NUL byte): the file is to be read again with {@link #open}, which decides how it reads.
     */
    public static final class NotPlainUtf8 extends ImportException {
        NotPlainUtf8(String file, long line) {
            super(file, line, "not plain UTF-8 text; to be read again with its encoding decided first");
        }
    }

    /**
     * Opens {@code path} as {@link #open} does, but a file whose encoding neither a byte-order mark nor {@code options}
     * declare is read as UTF-8 at once, without the pass over the whole file that {@link #open} makes first (a large
     * import starts writing a second earlier): if it turns out not to be plain UTF-8 text, reading it throws
     * {@link NotPlainUtf8} (where it would have been read as Windows-1252, or refused), never a wrong character.
     */
    public static CsvStream openAsUtf8(Path path, CsvOptions options) throws ImportException {
        String name = path.toString();
        try {
            if (CsvBytes.declared(path, options.encoding()) != null) {
                return open(path, options);
            }
            InputStream in = new NulCheck(Files.newInputStream(path));
            try {
                var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                return new CsvStream(name, new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), options, false, true);
            } catch (CharacterCodingException | NulCheck.NulByte e) { // in the first line, read before the parser's
                in.close();
                throw new NotPlainUtf8(name, 1);
            } catch (ImportException | IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (IOException e) {
            throw CsvTable.unreadable(name, e);
        }
    }

    private static boolean notPlain(Throwable cause) {
        return cause instanceof CharacterCodingException || cause instanceof NulCheck.NulByte;
    }

    /** The bytes of a file, refusing a NUL byte (binary content, or UTF-16 without its mark). */
    private static final class NulCheck extends java.io.FilterInputStream {
        static final class NulByte extends IOException {
            NulByte() {
                super("a NUL byte", null);
            }
        }

        NulCheck(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == 0) {
                throw new NulByte();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + n; i++) {
                if (b[i] == 0) {
                    throw new NulByte();
                }
            }
            return n;
        }
    }

    /** A file's header, its first rows and how many rows it has, read in bounded memory (an import dialog's preview). */
    public record Preview(List<String> header, List<CsvTable.Row> first, int rows) {
    }

    /** Reads all of {@code path} (its errors are the import's), keeping only its first {@code keep} rows. */
    public static Preview preview(Path path, CsvOptions options, int keep) throws ImportException {
        try (CsvStream s = open(path, options)) {
            List<CsvTable.Row> first = new ArrayList<>();
            for (CsvTable.Row r = s.next(); r != null; r = s.next()) {
                if (first.size() < keep) {
                    first.add(r);
                }
            }
            return new Preview(s.header(), first, s.rowsRead());
        }
    }

    /** A text already decoded ({@link CsvText}). */
    static CsvStream of(String file, CsvText text, CsvOptions options) throws ImportException {
        if (text.text().isBlank()) {
            throw ImportException.of(file, 1, "csv.empty");
        }
        try {
            return new CsvStream(file, new StringReader(text.text()), options, text.assumed());
        } catch (IOException e) {
            throw new ImportException(file, 0, e, "file.unreadable", e.getMessage());
        }
    }

    private static String firstLine(BufferedReader in) throws IOException {
        in.mark(1 << 16);
        StringBuilder b = new StringBuilder();
        int ch;
        while (b.length() < (1 << 16) - 1 && (ch = in.read()) >= 0 && ch != '\n') {
            b.append((char) ch);
        }
        in.reset();
        return b.toString();
    }

    /** The next record, or null at the end of the file. */
    public CsvTable.Row next() throws ImportException {
        if (pending == null) {
            advance();
        }
        if (pending == null) {
            return null;
        }
        CsvTable.Row row = new CsvTable.Row(pendingLine, pending);
        pending = null;
        return row;
    }

    /** Reads the next data record into {@code pending} (null at the end), skipping blank lines. */
    private void advance() throws ImportException {
        try {
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                long start = line;
                line = it.currentLocation().getLineNr();
                checkLength(file, start, cells);
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (cells.length > header.size()) {
                    cells = trimPadding(file, start, cells, header.size());
                    if (padded++ == 0) {
                        firstPadded = start;
                    }
                }
                if (rows == CsvTable.MAX_ROWS) {
                    throw ImportException.of(file, start, "csv.rows.tooMany", CsvTable.MAX_ROWS);
                }
                rows++;
                pending = cells;
                pendingLine = start;
                return;
            }
        } catch (JacksonException e) {
            throw notCsv(e);
        }
    }

    /** What reading assumed about the whole file (line 0: the encoding) or about padded rows; complete at the end. */
    public List<ImportWarning> warnings() {
        List<ImportWarning> warnings = new ArrayList<>();
        if (assumed) {
            warnings.add(ImportWarning.of(0, CsvTable.WINDOWS_1252_ASSUMED));
        }
        if (padded > 0) {
            warnings.add(ImportWarning.of(firstPadded, padded == 1 ? "padded.one" : "padded.many", padded, header.size()));
        }
        return warnings;
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    /** The data rows read so far. */
    public int rowsRead() {
        return rows;
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** Fails with the expected layout when a required column is missing. */
    public void require(List<String> columns, String expectedLayout) throws ImportException {
        List<String> missing = columns.stream().filter(c -> !has(c)).toList();
        if (!missing.isEmpty()) {
            throw ImportException.of(file, 1, missing.size() > 1 ? "csv.columns.missing.many" : "csv.columns.missing.one",
                    String.join(", ", missing), expectedLayout);
        }
    }

    /** The stripped cell of {@code column} in {@code row}, or empty when blank or absent. */
    public Optional<String> get(CsvTable.Row row, String column) {
        Integer i = index.get(column);
        if (i == null || i >= row.cells().length || row.cells()[i] == null) {
            return Optional.empty();
        }
        String v = row.cells()[i].strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The cell as {@link #get} gives it, or null. */
    public String value(CsvTable.Row row, String column) {
        return get(row, column).orElse(null);
    }

    @Override
    public void close() {
        try {
            it.close();
            source.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing was written through it
        }
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Our column name to its place in the file, after {@code --map}: a column named twice, or a mapped column the
     * file does not have, is an error.
     */
    private static Map<String, Integer> columns(String file, List<String> header, Map<String, String> columnMap)
            throws ImportException {
        Map<String, String> map = new LinkedHashMap<>();
        columnMap.forEach((from, to) -> map.put(key(from), key(to)));
        List<String> keys = header.stream().map(CsvStream::key).toList();
        for (String from : map.keySet()) {
            if (!keys.contains(from)) {
                throw ImportException.of(file, 1, "csv.map.noColumn", from, map.get(from), from,
                        String.join(", ", header.stream().map(String::strip).toList()));
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).isEmpty()) {
                continue; // an unnamed column (a trailing separator on the header line) is not read
            }
            String name = map.getOrDefault(keys.get(i), keys.get(i));
            Integer earlier = index.putIfAbsent(name, i);
            if (earlier != null) {
                throw ImportException.of(file, 1, map.containsValue(name) ? "csv.column.twice.mapped" : "csv.column.twice", name,
                        earlier + 1, i + 1);
            }
        }
        return index;
    }

    private static void checkLength(String file, long line, String[] cells) throws ImportException {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && cells[i].length() > CsvTable.MAX_FIELD) {
                throw ImportException.of(file, line, "csv.field.tooLong", i + 1, cells[i].length(), CsvTable.MAX_FIELD);
            }
        }
    }

    /** The row without its extra fields when they are all empty; otherwise an error naming the line. */
    private static String[] trimPadding(String file, long line, String[] cells, int columns) throws ImportException {
        for (int i = columns; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                throw ImportException.of(file, line, "csv.row.tooManyFields", cells.length, columns, i + 1, shorten(cells[i]));
            }
        }
        return java.util.Arrays.copyOf(cells, columns);
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    /** Jackson's complaint in our words; a quote never closed is reported where its record starts. */
    private ImportException notCsv(JacksonException e) {
        if (utf8Unchecked && e.getCause() != null && notPlain(e.getCause())) {
            return new NotPlainUtf8(file, line);
        }
        if (e.getCause() instanceof CharacterCodingException) {
            return new ImportException(file, line, e, "encoding.invalid.text");
        }
        long recordStart = line;
        String what = e.getOriginalMessage();
        if (what != null && what.toLowerCase(Locale.ROOT).contains("missing closing quote")) {
            return new ImportException(file, recordStart, e, "csv.quote.unclosed");
        }
        long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : recordStart;
        return new ImportException(file, at, e, "csv.unreadable", what);
    }

    /** ';' when the header line has semicolons and no commas (French Excel), a tab likewise, else ','. */
    static char detectDelimiter(String first) {
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
    }
}
