package fr.vodcompare.ingest;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Original;
import fr.vodcompare.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads original productions: {@code platform,title,kind,announced_or_released,year,source,source_url}. */
public final class OriginalsReader {
    public static final List<String> LAYOUT = List.of("platform", "title", "kind", "announced_or_released", "year",
            "source", "source_url");

    /** An original with its platform as the file names it (resolved by the importer). */
    public record Row(String platformLabel, Original original) {
    }

    private OriginalsReader() {
    }

    public static List<Row> read(CsvTable table) throws ImportException {
        table.require(LAYOUT.subList(0, 6), String.join(",", LAYOUT));
        List<Row> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Kind kind = Kind.parse(table.value(row, "kind"));
            String status = table.get(row, "announced_or_released").orElse("").toLowerCase(Locale.ROOT);
            if (kind == null || !(status.equals("announced") || status.equals("released"))
                    || table.get(row, "title").isEmpty() || table.get(row, "source").isEmpty()) {
                throw new ImportException(table.file(), row.line(), "expected a title, a kind (film or series), "
                        + "announced or released, and a source");
            }
            Integer year;
            try {
                year = table.get(row, "year").map(Integer::valueOf).orElse(null);
            } catch (NumberFormatException e) {
                throw new ImportException(table.file(), row.line(), "year '" + table.value(row, "year") + "' is not a year");
            }
            out.add(new Row(table.value(row, "platform"), new Original(0, null, table.value(row, "title"), kind, status, year,
                    new Source(table.value(row, "source"), table.value(row, "source_url")))));
        }
        return out;
    }
}
