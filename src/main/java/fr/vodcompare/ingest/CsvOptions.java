package fr.vodcompare.ingest;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read a CSV file.
 *
 * @param encoding  the file's encoding, or null to detect it: UTF-8, or Windows-1252 when the file is not valid UTF-8;
 *                  a byte-order mark (UTF-8, UTF-16) decides in any case
 * @param delimiter the field separator, or 0 to detect ',' or ';' from the header line
 * @param columnMap file column name to our column name, for files with other headers
 */
public record CsvOptions(Charset encoding, char delimiter, Map<String, String> columnMap) {
    public static final CsvOptions DEFAULT = new CsvOptions(null, (char) 0, Map.of());

    public CsvOptions {
        columnMap = columnMap == null ? Map.of() : Map.copyOf(columnMap);
    }
}
