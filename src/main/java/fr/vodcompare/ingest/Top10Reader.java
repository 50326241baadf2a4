package fr.vodcompare.ingest;

import fr.vodcompare.model.Top10Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a Netflix Top 10 file (tab-separated, UTF-8, either layout) completely and checks every row, kept or
 * not: a row that cannot be read refuses the whole file with its line. Streams the file, keeping only the rows
 * of the country asked for. Stateless; any thread.
 */
public final class Top10Reader {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    /** Netflix's files do not quote: a title may hold a double quote of its own. */
    private static final CsvSchema TSV = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
            .withoutEscapeChar();
    /** France's overseas departments and territories, which Netflix lists as countries of their own. */
    static final List<String> FRENCH_OVERSEAS = List.of("GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "PF", "NC", "WF");

    private Top10Reader() {
    }

    /**
     * What the file holds.
     *
     * @param entries         the rows kept (all, or the country's)
     * @param rowsRead        every row of the file
     * @param skippedCountries rows of other countries left out, by country code, most first
     * @param countryNames    the name the file gives each country code
     */
    public record Result(Top10Layout layout, List<Top10Entry> entries, int rowsRead, Map<String, Integer> skippedCountries,
                         Map<String, String> countryNames, List<ImportWarning> warnings) {
        public int rowsSkipped() {
            return skippedCountries.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Of the rows skipped, those of France's overseas departments and territories, by code. */
        public Map<String, Integer> skippedOverseas() {
            Map<String, Integer> out = new LinkedHashMap<>();
            skippedCountries.forEach((code, n) -> {
                if (FRENCH_OVERSEAS.contains(code)) {
                    out.put(code, n);
                }
            });
            return out;
        }
    }

    /**
     * Reads {@code in} completely.
     *
     * @param file    names the file in messages
     * @param country the two-letter code of the country to keep ({@code FR}), {@code world} for the global list, or null
     *                for every row
     */
    public static Result read(String file, InputStream in, String country) throws ImportException, IOException {
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Top10Rows rows = null;
        List<Top10Entry> kept = new ArrayList<>();
        Map<String, Integer> skipped = new HashMap<>();
        int read = 0;
        long line = 1;
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(TSV).readValues(text)) {
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                long start = line;
                line = it.currentLocation().getLineNr();
                if (rows == null) {
                    rows = header(file, cells, country);
                    continue;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                read++;
                Top10Entry e = rows.entry(start, cells);
                if (country == null || country.equalsIgnoreCase(e.country())) {
                    rows.keep(start, e, kept);
                } else {
                    skipped.merge(e.country(), 1, Integer::sum);
                }
            }
        } catch (JacksonException e) {
            if (codingProblem(e)) {
                throw notUtf8(file, e, line);
            }
            long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            throw new ImportException(file, at, e, "top10.unreadable", e.getOriginalMessage());
        }
        if (rows == null) {
            throw ImportException.of(file, 1, "top10.empty", Top10Layout.COUNTRIES_HEADER);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        skipped.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(x -> ordered.put(x.getKey(), x.getValue()));
        return new Result(rows.layout(), kept, read, ordered, rows.countryNames(), rows.warnings());
    }

    private static boolean codingProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static ImportException notUtf8(String file, Exception e, long line) {
        return new ImportException(file, line, e, "top10.notUtf8");
    }

    private static Top10Rows header(String file, String[] cells, String country) throws ImportException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i].strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            columns.putIfAbsent(name, i);
        }
        Top10Layout layout = Top10Layout.of(columns);
        if (layout == null) {
            List<String> missing = Top10Layout.missing(columns);
            throw ImportException.of(file, 1, missing.size() > 1 ? "top10.columns.missing.many" : "top10.columns.missing.one",
                    String.join(", ", missing), Top10Layout.COUNTRIES_HEADER, Top10Layout.GLOBAL_HEADER);
        }
        if (layout == Top10Layout.GLOBAL && country != null && !Top10Entry.WORLD.equalsIgnoreCase(country)) {
            throw ImportException.of(file, 1, "top10.global");
        }
        return new Top10Rows(file, layout, columns);
    }
}
