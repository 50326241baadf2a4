package fr.vodcompare.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * A whole CSV file read into memory with Jackson: its header and its records, each with the line it
 * starts on. Strict: an encoding it cannot read, binary content, broken quoting, a column named twice, a
 * field over {@link #MAX_FIELD} characters, more than {@link #MAX_ROWS} rows and rows with more fields than the
 * header (unless the extra ones are empty, as French Excel pads them) are errors naming the line, so an import
 * never writes half a file. What it assumed (the encoding, padded rows) comes back in {@link #warnings()}.
 */
public final class CsvTable {
    /** The longest field read: 1 MiB of text (a description is a few hundred characters). */
    public static final int MAX_FIELD = 1 << 20;
    /** The most data rows read: 5,000,000 (the largest catalogues hold tens of thousands of titles). */
    public static final int MAX_ROWS = 5_000_000;
    /** The note of a file that was not UTF-8 and was read as Windows-1252 (line 0: the whole file). */
    public static final String READ_AS_WINDOWS_1252 = "not UTF-8: read as Windows-1252 (what French Excel writes); "
            + "check the accents, or name the encoding with --encoding";
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** One record and the line of the file it starts on (1 is the header). */
    public record Row(long line, String[] cells) {
    }

    private final String file;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Row> rows;
    private final List<ImportWarning> warnings;

    private CsvTable(String file, List<String> header, List<Row> rows, List<ImportWarning> warnings, Map<String, Integer> index) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.warnings = List.copyOf(warnings);
        this.index.putAll(index);
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /** Opens and reads {@code path}; a file that cannot be read is an error saying why. */
    public static CsvTable read(Path path, CsvOptions options) throws ImportException {
        String name = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(name, in, options);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** Why a file cannot be read, in words: "permission denied" rather than the bare path Java gives. */
    static ImportException unreadable(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ImportException(name, 0, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new ImportException(name, 0, "cannot be read: permission denied (your account may not read this "
                    + "file; check its permissions, or copy it somewhere you can read it)", e);
        }
        String reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason() : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if ("Is a directory".equals(reason)) {
            return new ImportException(name, 0, "is a folder; expected a CSV file", e);
        }
        return new ImportException(name, 0, "cannot be read: " + reason, e);
    }

    /** Reads {@code in} completely; {@code file} names it in messages. */
    public static CsvTable read(String file, InputStream in, CsvOptions options) throws ImportException, IOException {
        CsvText decoded = CsvText.decode(file, in.readAllBytes(), options.encoding());
        String text = decoded.text();
        if (text.isBlank()) {
            throw new ImportException(file, 1, "the file is empty; expected a header row then one row per title");
        }
        char delimiter = options.delimiter() != 0 ? options.delimiter() : detectDelimiter(text);
        Records records = Records.read(file, text, delimiter);
        List<ImportWarning> warnings = new ArrayList<>();
        if (decoded.assumed()) {
            warnings.add(new ImportWarning(0, READ_AS_WINDOWS_1252));
        }
        if (records.padded() > 0) {
            warnings.add(new ImportWarning(records.firstPadded(), records.padded() + (records.padded() == 1 ? " row has" : " rows have")
                    + " empty fields past the header's " + records.header().size() + " columns (trailing separators, "
                    + "as spreadsheets write them); ignored"));
        }
        return new CsvTable(file, records.header(), records.rows(), warnings, columns(file, records.header(), options.columnMap()));
    }

    /**
     * Our column name to its place in the file, after {@code --map}: a column named twice, or a mapped column the
     * file does not have, is an error.
     */
    private static Map<String, Integer> columns(String file, List<String> header, Map<String, String> columnMap)
            throws ImportException {
        Map<String, String> map = new LinkedHashMap<>();
        columnMap.forEach((from, to) -> map.put(key(from), key(to)));
        List<String> keys = header.stream().map(CsvTable::key).toList();
        for (String from : map.keySet()) {
            if (!keys.contains(from)) {
                throw new ImportException(file, 1, "--map " + from + "=" + map.get(from) + ": the file has no column '" + from
                        + "'; its columns are " + String.join(", ", header.stream().map(String::strip).toList()));
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
                throw new ImportException(file, 1, "column '" + name + "' appears twice in the header (columns " + (earlier + 1)
                        + " and " + (i + 1) + (map.containsValue(name) ? ", after --map" : "")
                        + "); expected each column once (rename or remove one)");
            }
        }
        return index;
    }

    /** The header and rows of a CSV text, checked against the limits. */
    private record Records(List<String> header, List<Row> rows, int padded, long firstPadded) {
        static Records read(String file, String text, char delimiter) throws ImportException {
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
            List<Row> rows = new ArrayList<>();
            List<String> header = null;
            int padded = 0;
            long firstPadded = 0;
            long line = 1;
            try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(schema).readValues(new StringReader(text))) {
                while (it.hasNextValue()) {
                    String[] cells = it.nextValue();
                    long start = line;
                    line = it.currentLocation().getLineNr();
                    checkLength(file, start, cells);
                    if (header == null) {
                        header = List.of(cells);
                        continue;
                    }
                    if (cells.length == 1 && cells[0].isBlank()) {
                        continue;
                    }
                    if (cells.length > header.size()) {
                        cells = trimPadding(file, start, cells, header.size());
                        if (padded++ == 0) {
                            firstPadded = start;
                        }
                    }
                    if (rows.size() == MAX_ROWS) {
                        throw new ImportException(file, start, "more than " + String.format(Locale.ROOT, "%,d", MAX_ROWS)
                                + " rows; expected at most that many (split the file)");
                    }
                    rows.add(new Row(start, cells));
                }
            } catch (JacksonException e) {
                throw notCsv(file, line, e);
            }
            if (header == null) {
                throw new ImportException(file, 1, "no header row; expected column names on the first line");
            }
            return new Records(header, rows, padded, firstPadded);
        }

        private static void checkLength(String file, long line, String[] cells) throws ImportException {
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null && cells[i].length() > MAX_FIELD) {
                    throw new ImportException(file, line, "field " + (i + 1) + " holds " + String.format(Locale.ROOT, "%,d",
                            cells[i].length()) + " characters; expected at most " + String.format(Locale.ROOT, "%,d", MAX_FIELD)
                            + " (check for a quote that is never closed)");
                }
            }
        }

        /** The row without its extra fields when they are all empty; otherwise an error naming the line. */
        private static String[] trimPadding(String file, long line, String[] cells, int columns) throws ImportException {
            for (int i = columns; i < cells.length; i++) {
                if (cells[i] != null && !cells[i].isBlank()) {
                    throw new ImportException(file, line, "this row has " + cells.length + " fields, expected " + columns
                            + " as in the header; field " + (i + 1) + " holds '" + shorten(cells[i])
                            + "' (check the quoting of this row or the one before)");
                }
            }
            return java.util.Arrays.copyOf(cells, columns);
        }

        private static String shorten(String s) {
            String one = s.strip().replaceAll("\\s+", " ");
            return one.length() > 40 ? one.substring(0, 40) + "…" : one;
        }

        /** Jackson's complaint in our words; a quote never closed is reported where its record starts. */
        private static ImportException notCsv(String file, long recordStart, JacksonException e) {
            String what = e.getOriginalMessage();
            if (what != null && what.toLowerCase(Locale.ROOT).contains("missing closing quote")) {
                return new ImportException(file, recordStart, "a quote opened in this row is never closed; expected a closing "
                        + "double quote (\") before the end of the field", e);
            }
            long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : recordStart;
            return new ImportException(file, at, "not readable as CSV (" + what + "); expected comma-separated values "
                    + "with double quotes around fields that contain commas or quotes", e);
        }
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

    /** What reading assumed about the whole file (line 0: the encoding) or about padded rows. */
    public List<ImportWarning> warnings() {
        return warnings;
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
