package fr.vodcompare.ingest;

import fr.vodcompare.model.Top10Category;
import fr.vodcompare.model.Top10Entry;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one Top 10 file turned into entries, each checked: a value that cannot be what its column holds
 * refuses the file with its line. Shares the repeated strings (weeks, countries, titles) to keep a large file
 * small in memory. One per file read; not thread-safe.
 */
final class Top10Rows {
    private final String file;
    private final Top10Layout layout;
    private final Map<String, Integer> columns;
    private final int width;
    private final Map<String, LocalDate> weeks = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, String> countryNames = new LinkedHashMap<>();
    private final Map<String, Top10Category> categories = new HashMap<>();
    private final Map<String, String> countryCodes = new HashMap<>();
    /** The places taken in the lists kept (country, week, category, rank), packed in a long. */
    private final Set<Long> slots = new HashSet<>();
    private final List<ImportWarning> warnings = new ArrayList<>();

    Top10Rows(String file, Top10Layout layout, Map<String, Integer> columns) {
        this.file = file;
        this.layout = layout;
        this.columns = columns;
        this.width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    Top10Layout layout() {
        return layout;
    }

    Map<String, String> countryNames() {
        return countryNames;
    }

    List<ImportWarning> warnings() {
        return warnings;
    }

    /** The row as an entry; refuses a row that is not one. */
    Top10Entry entry(long line, String[] cells) throws ImportException {
        if (cells.length > width) {
            throw ImportException.of(file, line, "top10.row.tooManyFields", cells.length, width);
        }
        String country = Top10Entry.WORLD;
        String countryName = null;
        if (layout == Top10Layout.COUNTRIES) {
            country = countryCode(line, required(line, cells, "country_iso2"));
            countryName = share(required(line, cells, "country_name"));
            countryNames.putIfAbsent(country, countryName);
        }
        LocalDate week = week(line, required(line, cells, "week"));
        String rawCategory = required(line, cells, "category");
        Top10Category category = categories.computeIfAbsent(rawCategory, Top10Category::parse);
        if (category == null || category.global() != (layout == Top10Layout.GLOBAL)) {
            throw ImportException.of(file, line, layout == Top10Layout.COUNTRIES ? "top10.category.countries" : "top10.category.global",
                    rawCategory, layout.code());
        }
        int rank = rank(line, required(line, cells, "weekly_rank"));
        String work = share(required(line, cells, "show_title"));
        String season = cell(cells, "season_title");
        season = season == null || season.equalsIgnoreCase("N/A") ? null : share(season);
        Long weeksIn = whole(line, cells, "cumulative_weeks_in_top_10");
        return new Top10Entry(country, countryName, week, category, rank, work, season,
                weeksIn == null ? null : weeksIn.intValue(), whole(line, cells, "weekly_hours_viewed"),
                decimal(line, cells, "runtime"), whole(line, cells, "weekly_views"));
    }

    /** Adds a kept entry, unless its place in its list (country, week, category, rank) is taken: a warning then. */
    void keep(long line, Top10Entry e, List<Top10Entry> kept) {
        long country = e.country().equals(Top10Entry.WORLD) ? 0 : (e.country().charAt(0) - 'A' + 1) * 32 + e.country().charAt(1) - 'A' + 1;
        long slot = ((country * 1_000_000 + e.week().toEpochDay() + 500_000) * 8 + e.category().ordinal()) * 16 + e.rank();
        if (slots.add(slot)) {
            kept.add(e);
        } else {
            warnings.add(ImportWarning.of(line, "top10.rank.twice", e.rank(), e.category().label(), e.country(), e.week(), e.work()));
        }
    }

    /** The code of a country, upper case; refuses what is not two letters. */
    private String countryCode(long line, String raw) throws ImportException {
        String known = countryCodes.get(raw);
        if (known != null) {
            return known;
        }
        String code = raw.toUpperCase(Locale.ROOT);
        if (code.length() != 2 || code.charAt(0) < 'A' || code.charAt(0) > 'Z' || code.charAt(1) < 'A' || code.charAt(1) > 'Z') {
            throw ImportException.of(file, line, "top10.countryCode", raw);
        }
        countryCodes.put(raw, code);
        return code;
    }

    private String cell(String[] cells, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= cells.length || cells[i] == null) {
            return null;
        }
        String v = cells[i].strip();
        return v.isEmpty() ? null : v;
    }

    private String required(long line, String[] cells, String column) throws ImportException {
        String v = cell(cells, column);
        if (v == null) {
            throw ImportException.of(file, line, "top10.cell.none", column);
        }
        return v;
    }

    private String share(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    private LocalDate week(long line, String raw) throws ImportException {
        LocalDate d = weeks.get(raw);
        if (d == null) {
            try {
                d = LocalDate.parse(raw);
            } catch (DateTimeParseException e) {
                throw ImportException.of(file, line, "top10.week", raw);
            }
            weeks.put(raw, d);
        }
        return d;
    }

    private int rank(long line, String raw) throws ImportException {
        try {
            int r = Integer.parseInt(raw);
            if (r >= 1 && r <= 10) {
                return r;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ImportException.of(file, line, "top10.rank", raw);
    }

    /** A whole number, or null when the cell is empty (older files leave some empty). */
    private Long whole(long line, String[] cells, String column) throws ImportException {
        String raw = cell(cells, column);
        if (raw == null) {
            return null;
        }
        try {
            long v = Long.parseLong(raw);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ImportException.of(file, line, "top10.whole", column, raw);
    }

    private Double decimal(long line, String[] cells, String column) throws ImportException {
        String raw = cell(cells, column);
        if (raw == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(raw);
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ImportException.of(file, line, "top10.decimal", column, raw);
    }
}
