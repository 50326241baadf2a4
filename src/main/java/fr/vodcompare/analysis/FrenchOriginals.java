package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Original;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * French originals per platform and year, released vs announced (an announced title is counted at the
 * year of its announcement). The list is the store's sourced selection, not an exhaustive census: the
 * platforms' own counts ({@value #COUNT_METRIC}) are kept to say so.
 *
 * @param cells        one per platform and year from the first to the last year of the list (zeros included)
 * @param undated      originals without a year (never dropped silently: the chart states them)
 * @param ownCounts    the platforms' own published counts of their French originals
 */
public record FrenchOriginals(List<Cell> cells, List<Original> undated, List<Fact> ownCounts) {
    public static final String COUNT_METRIC = "french_originals_count";
    public static final String RELEASED = "released";

    /** Originals of a platform in a year. */
    public record Cell(String platformId, int year, int released, int announced) {
    }

    public static FrenchOriginals of(List<Original> originals, List<Fact> facts) {
        List<Original> dated = originals.stream().filter(o -> o.year() != null).toList();
        List<Original> undated = originals.stream().filter(o -> o.year() == null).toList();
        Set<String> platforms = new LinkedHashSet<>();
        originals.forEach(o -> platforms.add(o.platformId()));
        List<Cell> cells = new ArrayList<>();
        if (!dated.isEmpty()) {
            int first = dated.stream().mapToInt(Original::year).min().orElseThrow();
            int last = dated.stream().mapToInt(Original::year).max().orElseThrow();
            for (String p : platforms) {
                for (int y = first; y <= last; y++) {
                    cells.add(cell(dated, p, y));
                }
            }
        }
        List<Fact> counts = facts.stream().filter(f -> COUNT_METRIC.equals(f.metric()) && f.platformId() != null).toList();
        return new FrenchOriginals(cells, undated, counts);
    }

    private static Cell cell(List<Original> dated, String platformId, int year) {
        int released = 0;
        int announced = 0;
        for (Original o : dated) {
            if (o.platformId().equals(platformId) && Objects.equals(o.year(), year)) {
                if (RELEASED.equals(o.status())) {
                    released++;
                } else {
                    announced++;
                }
            }
        }
        return new Cell(platformId, year, released, announced);
    }

    /** Every original of the list, dated or not. */
    public int total() {
        return cells.stream().mapToInt(c -> c.released() + c.announced()).sum() + undated.size();
    }
}
