package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Selections over sourced figures shared by the fact-based comparisons. */
public final class Facts {
    private Facts() {
    }

    /** Numeric figures of one platform of the registry, oldest period first; one per platform and period (the first). */
    public static List<Fact> perPlatform(List<Fact> facts, Predicate<Fact> keep) {
        Map<String, Fact> first = new LinkedHashMap<>();
        facts.stream()
                .filter(f -> f.platformId() != null && f.low() != null && keep.test(f))
                .sorted(byPeriod())
                .forEach(f -> first.putIfAbsent(f.platformId() + "|" + f.period(), f));
        return new ArrayList<>(first.values());
    }

    /** Oldest period first, then by platform. */
    public static Comparator<Fact> byPeriod() {
        return (a, b) -> {
            int c = Period.compare(a.period(), b.period());
            return c != 0 ? c : String.valueOf(a.platformId()).compareTo(String.valueOf(b.platformId()));
        };
    }

    /** The distinct periods of the facts, oldest first. */
    public static List<String> periods(List<Fact> facts) {
        return facts.stream().map(Fact::period).distinct().sorted(Period::compare).toList();
    }

    /** The newest period of the facts, or null when there are none. */
    public static String latestPeriod(List<Fact> facts) {
        List<String> p = periods(facts);
        return p.isEmpty() ? null : p.get(p.size() - 1);
    }

    public static List<Fact> inPeriod(List<Fact> facts, String period) {
        return facts.stream().filter(f -> f.period().equals(period)).toList();
    }
}
