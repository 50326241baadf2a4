package fr.vodcompare.files;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The app's one CSV writer, for every export (chart numbers, catalogue, originals, sources): RFC 4180 (cells
 * with a comma, semicolon, quote or line break quoted, quotes doubled, lines ended by CRLF), and safe to open
 * in a spreadsheet: a text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading apostrophe, so that it shows as text instead of running as a formula (OWASP's advice
 * against CSV injection). Numbers stay numbers: a {@link Number}, or a text that is a plain decimal number such
 * as {@code -3} or {@code 63.8}, is written as it is. Not thread-safe; one per file.
 */
public final class CsvWriter {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one line; a null cell is empty. */
    public CsvWriter row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
        return this;
    }

    /** Writes one line; a null cell is empty. */
    public CsvWriter row(Object... cells) throws IOException {
        return row(Arrays.asList(cells));
    }

    /** A value as written in the file. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String v = value.toString();
        if (v.isEmpty()) {
            return "";
        }
        if (isFormulaStart(v.charAt(0)) && !PLAIN_NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf(';') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
