package fr.vodcompare.analysis;

import fr.vodcompare.model.Kind;
import fr.vodcompare.store.Top10Queries.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * France's Top 10 against the global Top 10 of the same week: of the works in France's lists (a work counted once
 * a week, whatever its seasons), how many were also in one of the four global lists, and which were only French.
 * Only the weeks both lists are stored for are compared.
 */
public final class Top10World {
    private Top10World() {
    }

    /**
     * One period.
     *
     * @param workWeeks  France's works, each counted once a week
     * @param alsoWorld  of those, the ones also in the global lists that week
     */
    public record Period(String period, int weeks, int workWeeks, int alsoWorld) {
        public int onlyFrance() {
            return workWeeks - alsoWorld;
        }

        public double alsoWorldShare() {
            return Breakdown.percentOf(alsoWorld, workWeeks);
        }

        public double onlyFranceShare() {
            return Breakdown.percentOf(onlyFrance(), workWeeks);
        }
    }

    /** A work of France's lists that was not in the global lists, and for how many weeks. */
    public record OnlyFrench(long workId, String work, Kind kind, int weeks) {
    }

    /**
     * @param weeksCompared     weeks stored for both France and the world
     * @param weeksWithoutWorld weeks of France's lists without a global list stored (not compared)
     * @param onlyFrance        the works most often only in France's lists, most weeks first
     */
    public record Comparison(Top10Periods grouping, List<Period> periods, Period total, List<OnlyFrench> onlyFrance,
                             int weeksCompared, int weeksWithoutWorld, LocalDate firstWeek, LocalDate lastWeek) {
    }

    static Comparison compare(List<Entry> france, List<Entry> world, int most) {
        Map<LocalDate, Set<Long>> worldWorks = new HashMap<>();
        world.forEach(e -> worldWorks.computeIfAbsent(e.week(), k -> new HashSet<>()).add(e.workId()));
        Map<LocalDate, Map<Long, Entry>> franceWorks = new java.util.TreeMap<>();
        for (Entry e : france) {
            if (worldWorks.containsKey(e.week())) {
                franceWorks.computeIfAbsent(e.week(), k -> new LinkedHashMap<>()).putIfAbsent(e.workId(), e);
            }
        }
        Set<LocalDate> without = new TreeSet<>();
        france.stream().filter(e -> !worldWorks.containsKey(e.week())).forEach(e -> without.add(e.week()));
        List<LocalDate> weeks = new ArrayList<>(franceWorks.keySet());
        Top10Periods grouping = Top10Periods.of(weeks);
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<Long, OnlyFrench> only = new LinkedHashMap<>();
        int[] total = new int[3];
        franceWorks.forEach((week, works) -> {
            int[] c = counts.computeIfAbsent(grouping.key(week), k -> new int[3]);
            c[0]++;
            total[0]++;
            for (Entry e : works.values()) {
                boolean both = worldWorks.get(week).contains(e.workId());
                c[1]++;
                total[1]++;
                if (both) {
                    c[2]++;
                    total[2]++;
                } else {
                    only.merge(e.workId(), new OnlyFrench(e.workId(), e.work(), e.kind(), 1),
                            (a, b) -> new OnlyFrench(a.workId(), a.work(), a.kind(), a.weeks() + 1));
                }
            }
        });
        List<Period> periods = new ArrayList<>();
        counts.forEach((p, c) -> periods.add(new Period(p, c[0], c[1], c[2])));
        List<OnlyFrench> ranked = new ArrayList<>(only.values());
        ranked.sort(Comparator.comparingInt(OnlyFrench::weeks).reversed().thenComparing(OnlyFrench::work));
        return new Comparison(grouping, periods, new Period(null, total[0], total[1], total[2]),
                ranked.subList(0, Math.min(most, ranked.size())), weeks.size(), without.size(),
                weeks.isEmpty() ? null : weeks.get(0), weeks.isEmpty() ? null : weeks.get(weeks.size() - 1));
    }
}
