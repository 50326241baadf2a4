package fr.vodcompare.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A whole CSV file read into memory with Jackson: its header and its records, each with the line it
 * starts on. Strict: wrong encoding, binary content, broken quoting and rows with too many fields are
 * errors naming the line, so an import never writes half a file.
 */
public final class CsvTable {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** One record and the line of the file it starts on (1 is the header). */
    public record Row(long line, String[] cells) {
    }

    private final String file;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows, Map<String, String> columnMap) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        for (int i = 0; i < header.size(); i++) {
            String name = key(header.get(i));
            for (Map.Entry<String, String> e : columnMap.entrySet()) {
                if (key(e.getKey()).equals(name)) {
                    name = key(e.getValue());
                }
            }
            index.putIfAbsent(name, i);
        }
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code in} completely; {@code file} names it in messages. */
    public static CsvTable read(String file, InputStream in, CsvOptions options) throws ImportException, IOException {
        String text = decode(file, in.readAllBytes(), options);
        if (text.isBlank()) {
            throw new ImportException(file, 1, "the file is empty; expected a header row then one row per title");
        }
        char delimiter = options.delimiter() != 0 ? options.delimiter() : detectDelimiter(text);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        long line = 1;
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(schema).readValues(new StringReader(text))) {
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                long start = line;
                line = it.currentLocation().getLineNr();
                if (header == null) {
                    header = List.of(cells);
                    continue;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (cells.length > header.size()) {
                    throw new ImportException(file, start, "this row has " + cells.length + " fields, expected "
                            + header.size() + " as in the header (check the quoting of this row or the one before)");
                }
                rows.add(new Row(start, cells));
            }
        } catch (JacksonException e) {
            long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            throw new ImportException(file, at, "not readable as CSV (" + e.getOriginalMessage()
                    + "); expected comma-separated values with double quotes around fields that contain commas or quotes", e);
        }
        if (header == null) {
            throw new ImportException(file, 1, "no header row; expected column names on the first line");
        }
        return new CsvTable(file, header, rows, options.columnMap());
    }

    private static String decode(String file, byte[] bytes, CsvOptions options) throws ImportException {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0 && !options.encoding().name().startsWith("UTF-16")) {
            throw new ImportException(file, lineAt(bytes, nul), "binary content (a NUL byte); expected a CSV text file");
        }
        CharsetDecoder decoder = options.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buf).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException(file, lineAt(bytes, buf.position()), "bytes that are not valid "
                    + options.encoding().name() + "; expected " + options.encoding().name()
                    + " text (for a French Excel export, try --encoding windows-1252)");
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** ';' when the header line has semicolons and no commas (French Excel), else ','. */
    static char detectDelimiter(String text) {
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** Fails with the expected layout when a required column is missing. */
    public void require(List<String> columns, String expectedLayout) throws ImportException {
        List<String> missing = columns.stream().filter(c -> !has(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(file, 1, "missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; expected the header " + expectedLayout + " (or map your names with --map YOURS=OURS)");
        }
    }

    /** The stripped cell of {@code column} in {@code row}, or empty when blank or absent. */
    public Optional<String> get(Row row, String column) {
        Integer i = index.get(column);
        if (i == null || i >= row.cells().length || row.cells()[i] == null) {
            return Optional.empty();
        }
        String v = row.cells()[i].strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The cell as {@link #get} gives it, or null. */
    public String value(Row row, String column) {
        return get(row, column).orElse(null);
    }
}
