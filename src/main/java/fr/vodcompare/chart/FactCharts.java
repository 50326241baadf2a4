package fr.vodcompare.chart;

import fr.vodcompare.analysis.Facts;
import fr.vodcompare.model.Qualifier;
import fr.vodcompare.model.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the charts of sourced figures share: value labels as the source gives them, qualifier notes, dates, sources. */
final class FactCharts {
    private FactCharts() {
    }

    /** The figure as printed: its range, its precision as the source wrote it, its qualifier ("≈ 55 %", "7–8 Md$"). */
    static String label(ChartContext ctx, Fact f, ValueUnit unit) {
        NumberText n = ctx.numbers();
        int decimals = decimals(f.valueText());
        String text = f.isRange() ? n.range(unit, f.low(), f.high(), decimals) : n.value(unit, f.low(), decimals);
        return n.qualified(f.qualifier(), text);
    }

    /** Decimals the source wrote ("63.8" → 1, "7-8" → 0), at most 2. */
    static int decimals(String valueText) {
        int most = 0;
        for (String part : valueText.split("[^0-9.,]+")) {
            int dot = Math.max(part.lastIndexOf('.'), part.lastIndexOf(','));
            if (dot >= 0) {
                most = Math.max(most, part.length() - dot - 1);
            }
        }
        return Math.min(most, 2);
    }

    /** One line explaining the signs ≈, ≤ and ≥ used by the points, or nothing when none is used. */
    static List<String> qualifierNotes(ChartContext ctx, Collection<ChartPoint> points) {
        Set<Qualifier> used = EnumSet.noneOf(Qualifier.class);
        points.forEach(p -> used.add(p.qualifier()));
        List<String> parts = new ArrayList<>();
        for (Qualifier q : List.of(Qualifier.APPROXIMATE, Qualifier.AT_MOST, Qualifier.AT_LEAST)) {
            if (used.contains(q)) {
                parts.add(ctx.get("qualifier." + q.name()));
            }
        }
        return parts.isEmpty() ? List.of() : List.of(String.join(ctx.get("source.separator"), parts) + ".");
    }

    /** For each platform whose figures the sources give under other names ("Amazon"), one line saying so. */
    static List<String> labelNotes(ChartContext ctx, List<Fact> facts) {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (!f.platformLabel().equalsIgnoreCase(ctx.name(f.platformId()))) {
                labels.computeIfAbsent(f.platformId(), k -> new LinkedHashSet<>()).add(ctx.get("quote", f.platformLabel()));
            }
        }
        List<String> out = new ArrayList<>();
        labels.forEach((platform, names) -> out.add(ctx.get("note.labels", ctx.name(platform),
                String.join(ctx.get("join.or"), names))));
        return out;
    }

    static List<ChartPoint> points(List<ChartSeries> series) {
        List<ChartPoint> out = new ArrayList<>();
        series.forEach(s -> out.addAll(s.points()));
        return out;
    }

    /** "Data: September 2017", or "Data: September 2017 to October 2021". */
    static String dataDate(ChartContext ctx, List<Fact> facts) {
        List<String> periods = Facts.periods(facts);
        if (periods.isEmpty()) {
            return "";
        }
        String first = ctx.texts().period(periods.get(0));
        String last = ctx.texts().period(periods.get(periods.size() - 1));
        return first.equals(last) ? ctx.get("data.one", first) : ctx.get("data.range", first, last);
    }

    /** Where a figure holds, from its scope column: "France", "worldwide", "EU", "territory not stated", else as written. */
    static String scope(ChartContext ctx, Fact f) {
        String key = "scope." + (f.scope() == null ? "unstated" : f.scope());
        return ctx.texts().has(key) ? ctx.get(key) : f.scope();
    }

    static String source(ChartContext ctx, List<Fact> facts) {
        String line = ctx.texts().sourceLine(facts.stream().map(f -> f.source().citation()).distinct().toList());
        return facts.stream().anyMatch(Fact::flagged) ? line + " " + ctx.get("source.flagged") : line;
    }

    /** One bar per fact, each in its platform's colour, in the given order (a ranking). */
    static ChartSeries ranking(ChartContext ctx, String key, String name, List<Fact> facts, ValueUnit unit) {
        List<ChartPoint> points = new ArrayList<>();
        for (Fact f : facts) {
            points.add(ChartPoint.fact(ctx.name(f.platformId()), Double.NaN, f, label(ctx, f, unit))
                    .ofPlatform(f.platformId(), ctx.colour(f.platformId())));
        }
        return new ChartSeries(key, name, "#7F7F7F", points);
    }
}
