package fr.vodcompare.ingest;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Title;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a catalogue in the common Kaggle layout
 * ({@code show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description}).
 * Every row becomes a title; odd values become warnings with their line, never losses.
 */
public final class CatalogueReader {
    public static final List<String> LAYOUT = List.of("show_id", "type", "title", "director", "cast", "country",
            "date_added", "release_year", "rating", "duration", "listed_in", "description");
    static final List<String> REQUIRED = List.of("type", "title");
    private static final Pattern DURATION = Pattern.compile("\\d+\\s*(min|mins|minutes|seasons?)", Pattern.CASE_INSENSITIVE);

    /** What a catalogue file held: its titles, the warnings, and the newest date added. */
    public record Result(List<Title> titles, List<ImportWarning> warnings, int rowsRead, LocalDate newestDateAdded) {
    }

    private CatalogueReader() {
    }

    /** Reads every row for {@code platformId}, deciding from the file how its numeric dates read. */
    public static Result read(CsvTable table, String platformId) throws ImportException {
        return read(table, platformId, null);
    }

    /**
     * Reads every row for {@code platformId}.
     *
     * @param dateOrder how numeric dates read (NN/NN/YYYY), or null to decide from the file
     */
    public static Result read(CsvTable table, String platformId, DateOrder dateOrder) throws ImportException {
        table.require(REQUIRED, String.join(",", LAYOUT));
        if (table.rows().isEmpty()) {
            throw ImportException.of(table.file(), 1, "rows.none");
        }
        List<String> rawDates = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            rawDates.add(table.value(row, "date_added"));
        }
        CatalogueDates dates = CatalogueDates.of(rawDates, dateOrder, LocalDate.now());
        List<Title> titles = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>(table.warnings());
        Map<String, Long> seenKeys = new HashMap<>();
        LocalDate newest = null;
        for (CsvTable.Row row : table.rows()) {
            RowReader r = new RowReader(table.columns(), row, warnings, dates);
            Title t = r.title(platformId);
            Long earlier = seenKeys.putIfAbsent(fileKey(t), row.line());
            if (earlier != null) {
                warnings.add(t.showId() != null ? ImportWarning.of(row.line(), "key.same.id", t.showId(), earlier)
                        : ImportWarning.of(row.line(), "key.same.title", earlier));
            }
            if (t.dateAdded() != null && (newest == null || t.dateAdded().isAfter(newest))) {
                newest = t.dateAdded();
            }
            titles.add(t);
        }
        return new Result(titles, warnings, table.rows().size(), newest);
    }

    /** What tells a row from the file's other rows: its id, else its normalised title, year and kind. */
    static String fileKey(Title t) {
        return t.showId() != null ? "id:" + t.showId() : Normalise.titleKey(t.name(), t.releaseYear(), t.kind());
    }

    /** Reads one row, adding its warnings. */
    static final class RowReader {
        private final CsvStream table;
        private final CsvTable.Row row;
        private final List<ImportWarning> warnings;
        private final CatalogueDates dates;

        RowReader(CsvStream table, CsvTable.Row row, List<ImportWarning> warnings, CatalogueDates dates) {
            this.table = table;
            this.row = row;
            this.warnings = warnings;
            this.dates = dates;
            if (row.cells().length < table.header().size()) {
                warn("rows.missing", row.cells().length, table.header().size());
            }
        }

        /** A warning said in the user's language ({@link ImportWarning#of}). */
        private void warn(String key, Object... args) {
            warnings.add(ImportWarning.of(row.line(), key, args));
        }

        Title title(String platformId) {
            String rawType = table.value(row, "type");
            Kind kind = Kind.parse(rawType);
            if (kind == null) {
                warn("type.other", rawType == null ? "" : rawType);
                kind = Kind.OTHER;
            }
            String name = table.value(row, "title");
            if (name == null) {
                warn("title.none");
                name = "(untitled)";
            }
            String rating = table.value(row, "rating");
            String duration = table.value(row, "duration");
            if (rating != null && DURATION.matcher(rating).matches()) {
                if (duration == null) {
                    warn("rating.duration", rating);
                } else {
                    warn("rating.duration.kept", rating, duration);
                }
                if (duration == null) {
                    duration = rating;
                }
                rating = null;
            }
            return new Title(0, platformId, table.value(row, "show_id"), kind, name, table.value(row, "director"),
                    table.value(row, "cast"), Normalise.commaList(table.value(row, "country")), date(table.value(row, "date_added")),
                    year(table.value(row, "release_year")), rating, duration, Normalise.commaList(table.value(row, "listed_in")),
                    table.value(row, "description"));
        }

        private LocalDate date(String raw) {
            CatalogueDates.Parsed p = dates.parse(raw, s -> warn(s.key(), s.args().toArray()));
            if (p.problemKey() != null) {
                warn(p.problemKey(), p.problemArgs().toArray());
            }
            return p.date();
        }

        private Integer year(String raw) {
            if (raw == null) {
                return null;
            }
            try {
                int y = Integer.parseInt(raw.strip());
                if (y >= 1870 && y <= 2100) {
                    return y;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            warn("year.invalid", raw);
            return null;
        }
    }
}
