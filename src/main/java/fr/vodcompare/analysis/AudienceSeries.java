package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One audience metric over time, as the Audience screen and its charts show it: one series per subject (a platform
 * of the registry, the whole market, or a subject the source names otherwise), each oldest first. Only figures in
 * the metric's main unit (the one most of its figures use) and in a period that can be placed in time are in a
 * series; the others are left off, never mixed in.
 *
 * @param unit    the unit plotted, as the sources write it ("% of VOD consumers"); empty when there is no figure
 * @param series  subject key (see {@link #key}) to its figures, oldest first, in order of first appearance
 * @param leftOff figures of the metric in another unit, without a number, or in a period with no place in time
 * @param all     every figure of the metric
 */
public record AudienceSeries(String metric, String unit, Map<String, List<Fact>> series, List<Fact> leftOff,
                             List<Fact> all) {
    /** The key of the figures about the whole market (the sources' "all", "all SVOD"). */
    public static final String MARKET = "market";

    public AudienceSeries {
        series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(series));
        leftOff = List.copyOf(leftOff);
        all = List.copyOf(all);
    }

    /** From every fact of the store: those of {@code metric}. */
    public static AudienceSeries of(List<Fact> facts, String metric) {
        List<Fact> of = facts.stream().filter(f -> f.metric().equals(metric)).sorted(Facts.byPeriod()).toList();
        String main = of.stream().collect(Collectors.groupingBy(Fact::unit, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Map<String, List<Fact>> series = new LinkedHashMap<>();
        List<Fact> left = new ArrayList<>();
        for (Fact f : of) {
            if (!f.unit().equals(main) || f.low() == null || Period.parse(f.period()).isEmpty()) {
                left.add(f);
            } else {
                List<Fact> s = series.computeIfAbsent(key(f), k -> new ArrayList<>());
                // one figure per subject and period: the first the store lists
                if (s.stream().noneMatch(o -> o.period().equals(f.period()))) {
                    s.add(f);
                }
            }
        }
        return new AudienceSeries(metric, main, series, left, of);
    }

    /** Platform id, {@link #MARKET} for the whole market, or the subject as the source named it. */
    public static String key(Fact f) {
        if (f.platformId() != null) {
            return f.platformId();
        }
        String l = f.platformLabel().toLowerCase(Locale.ROOT);
        return l.equals("all") || l.startsWith("all ") ? MARKET : f.platformLabel();
    }

    /** Where a figure sits on a time axis (the middle of its period, as a decimal year). */
    public static double at(Fact f) {
        return Period.parse(f.period()).map(Period::decimalYear).orElse(Double.NaN);
    }

    /** The series' keys, the highest newest value first (the order a reader scans a legend in). */
    public List<String> keysByLastValue() {
        return series.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Fact>> e) -> -mid(last(e.getValue()))))
                .map(Map.Entry::getKey).toList();
    }

    /** The newest figure of a series. */
    public static Fact last(List<Fact> figures) {
        return figures.get(figures.size() - 1);
    }

    /** A figure's value as one number: a range at its middle. */
    public static double mid(Fact f) {
        return f.isRange() ? (f.low() + f.high()) / 2 : f.low();
    }
}
