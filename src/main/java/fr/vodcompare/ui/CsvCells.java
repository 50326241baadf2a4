package fr.vodcompare.ui;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV cells for spreadsheets: quoted when needed (RFC 4180), and a cell that starts with
 * =, +, -, @ (or a tab or carriage return) is prefixed with an apostrophe so a spreadsheet shows it as
 * text instead of running it as a formula (CSV injection).
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** The cell as written in the file. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.indexOf(';') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** One line of cells, ended by CRLF as RFC 4180 says. */
    public static void line(Writer out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(values.get(i)));
        }
        out.write("\r\n");
    }
}
