package fr.vodcompare.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How to read a CSV file.
 *
 * @param encoding  the file's encoding (UTF-8 by default; a BOM is skipped)
 * @param delimiter the field separator, or 0 to detect ',' or ';' from the header line
 * @param columnMap file column name to our column name, for files with other headers
 */
public record CsvOptions(Charset encoding, char delimiter, Map<String, String> columnMap) {
    public static final CsvOptions DEFAULT = new CsvOptions(StandardCharsets.UTF_8, (char) 0, Map.of());

    public CsvOptions {
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
        columnMap = columnMap == null ? Map.of() : Map.copyOf(columnMap);
    }
}
