package fr.vodcompare.analysis;

import fr.vodcompare.model.Kind;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.Top10Queries;
import fr.vodcompare.store.Top10Queries.Entry;
import fr.vodcompare.store.Top10Queries.LinkedTitle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Netflix's weekly Top 10 says of a country over a period: the lists, the works that stayed longest, and how
 * French France's lists were (production country from the linked Netflix catalogue titles, unknown kept apart).
 * Reads the store through {@link Top10Queries}; every method runs on the calling thread (JDBC), never the FX thread.
 */
public final class Top10Analysis {
    /** The country the charts are about. */
    public static final String FRANCE = "FR";
    /** The global list's code. */
    public static final String WORLD = fr.vodcompare.model.Top10Entry.WORLD;

    private final Top10Queries queries;

    public Top10Analysis(Top10Queries queries) {
        this.queries = queries;
    }

    /**
     * What to look at.
     *
     * @param country two-letter code or {@code world}
     * @param from    first week included, or null for the first stored
     * @param to      last week included, or null for the last stored
     * @param kind    films or series only, or null for both
     */
    public record Scope(String country, LocalDate from, LocalDate to, Kind kind) {
        public static Scope all(String country) {
            return new Scope(country, null, null, null);
        }
    }

    /**
     * A work's run in a country's lists over a period.
     *
     * @param weeks    distinct weeks it was in a list (any of its seasons)
     * @param bestRank its best rank
     * @param seasons  its seasons in the lists, in order of first appearance
     */
    public record WorkRun(long workId, String work, Kind kind, int weeks, LocalDate firstWeek, LocalDate lastWeek,
                          int bestRank, List<String> seasons) {
    }

    /**
     * Lines of the lists by production country, for one kind over one period.
     *
     * @param period {@code 2021-Q3}, {@code 2022}, or null for the whole span
     */
    public record OriginCount(String period, Kind kind, int entries, int french, int notFrench, int unlinked, int noCountry,
                              int ambiguous) {
        public int linked() {
            return entries - unlinked;
        }

        public int unknown() {
            return unlinked + noCountry + ambiguous;
        }

        /** French productions, in % of all the lines. */
        public double frenchShare() {
            return Breakdown.percentOf(french, entries);
        }

        /** Lines whose production country is unknown, in % of all the lines. */
        public double unknownShare() {
            return Breakdown.percentOf(unknown(), entries);
        }

        /** Lines linked to a catalogue title, in %. */
        public double linkedShare() {
            return Breakdown.percentOf(linked(), entries);
        }

        OriginCount plus(Top10Origin o) {
            return new OriginCount(period, kind, entries + 1, french + (o == Top10Origin.FRENCH ? 1 : 0),
                    notFrench + (o == Top10Origin.NOT_FRENCH ? 1 : 0), unlinked + (o == Top10Origin.UNLINKED ? 1 : 0),
                    noCountry + (o == Top10Origin.NO_COUNTRY ? 1 : 0), ambiguous + (o == Top10Origin.AMBIGUOUS ? 1 : 0));
        }

        static OriginCount none(String period, Kind kind) {
            return new OriginCount(period, kind, 0, 0, 0, 0, 0, 0);
        }
    }

    /**
     * A country's lists over a period.
     *
     * @param weeks   distinct weeks covered
     * @param works   distinct works (a series counts once, whatever its seasons)
     * @param linked  lines whose work is linked to a Netflix catalogue title
     * @param titles  the catalogue titles of the linked works, by work id
     * @param films   the films' lines by production country; {@code series} the same for series
     */
    public record Summary(Scope scope, List<Entry> list, LocalDate firstWeek, LocalDate lastWeek, int weeks, int works,
                          int linked, List<WorkRun> longest, Map<Long, List<LinkedTitle>> titles, OriginCount films,
                          OriginCount series) {
        public int entries() {
            return list.size();
        }
    }

    /** France's lists by production country over time, beside the grouping used. */
    public record FrenchShare(Top10Periods grouping, List<String> periods, List<OriginCount> films, List<OriginCount> series,
                              OriginCount allFilms, OriginCount allSeries, LocalDate firstWeek, LocalDate lastWeek, int weeks) {
    }

    public List<Top10Queries.Country> countries() throws StoreException {
        return queries.countries();
    }

    /** True when the store holds lists of the country. */
    public boolean has(String country) throws StoreException {
        return queries.has(country);
    }

    public List<LocalDate> weeks(String country) throws StoreException {
        return queries.weeks(country);
    }

    /** A country's lists over the scope, with the {@code longest} works that stayed longest. */
    public Summary summary(Scope scope, int longest) throws StoreException {
        List<Entry> list = entries(scope);
        Map<Long, List<LinkedTitle>> titles = queries.linkedTitles(scope.country(), scope.from(), scope.to());
        Set<LocalDate> weeks = new TreeSet<>();
        Set<Long> works = new HashSet<>();
        int linked = 0;
        OriginCount films = OriginCount.none(null, Kind.FILM);
        OriginCount series = OriginCount.none(null, Kind.SERIES);
        for (Entry e : list) {
            weeks.add(e.week());
            works.add(e.workId());
            Top10Origin o = Top10Origin.of(titles.get(e.workId()));
            linked += o == Top10Origin.UNLINKED ? 0 : 1;
            if (e.kind() == Kind.FILM) {
                films = films.plus(o);
            } else {
                series = series.plus(o);
            }
        }
        List<LocalDate> w = new ArrayList<>(weeks);
        return new Summary(scope, list, w.isEmpty() ? null : w.get(0), w.isEmpty() ? null : w.get(w.size() - 1), w.size(),
                works.size(), linked, longest(list, longest), titles, films, series);
    }

    private List<Entry> entries(Scope scope) throws StoreException {
        List<Entry> all = queries.entries(scope.country(), scope.from(), scope.to());
        return scope.kind() == null ? all : all.stream().filter(e -> e.kind() == scope.kind()).toList();
    }

    /** The works with the most weeks in the lists, most first (then the earliest, then by name); at most {@code n}. */
    static List<WorkRun> longest(List<Entry> list, int n) {
        Map<Long, List<Entry>> byWork = new LinkedHashMap<>();
        list.forEach(e -> byWork.computeIfAbsent(e.workId(), k -> new ArrayList<>()).add(e));
        List<WorkRun> runs = new ArrayList<>();
        byWork.forEach((id, entries) -> {
            Set<LocalDate> weeks = new TreeSet<>();
            Set<String> seasons = new LinkedHashSet<>();
            int best = Integer.MAX_VALUE;
            for (Entry e : entries) {
                weeks.add(e.week());
                best = Math.min(best, e.rank());
                if (e.season() != null) {
                    seasons.add(e.season());
                }
            }
            List<LocalDate> w = new ArrayList<>(weeks);
            Entry first = entries.get(0);
            runs.add(new WorkRun(id, first.work(), first.kind(), w.size(), w.get(0), w.get(w.size() - 1), best,
                    List.copyOf(seasons)));
        });
        runs.sort(Comparator.comparingInt(WorkRun::weeks).reversed().thenComparing(WorkRun::firstWeek)
                .thenComparing(WorkRun::work));
        return runs.subList(0, Math.min(n, runs.size()));
    }

    /** France's lists by production country, by quarter or by year (see {@link Top10Periods}), from and to a week. */
    public FrenchShare frenchShare(LocalDate from, LocalDate to) throws StoreException {
        List<Entry> list = queries.entries(FRANCE, from, to);
        Map<Long, List<LinkedTitle>> titles = queries.linkedTitles(FRANCE, from, to);
        Set<LocalDate> weeks = new TreeSet<>();
        list.forEach(e -> weeks.add(e.week()));
        Top10Periods grouping = Top10Periods.of(new ArrayList<>(weeks));
        Map<String, OriginCount> films = new LinkedHashMap<>();
        Map<String, OriginCount> series = new LinkedHashMap<>();
        OriginCount allFilms = OriginCount.none(null, Kind.FILM);
        OriginCount allSeries = OriginCount.none(null, Kind.SERIES);
        for (LocalDate w : weeks) {
            String p = grouping.key(w);
            films.putIfAbsent(p, OriginCount.none(p, Kind.FILM));
            series.putIfAbsent(p, OriginCount.none(p, Kind.SERIES));
        }
        for (Entry e : list) {
            String p = grouping.key(e.week());
            Top10Origin o = Top10Origin.of(titles.get(e.workId()));
            if (e.kind() == Kind.FILM) {
                films.put(p, films.get(p).plus(o));
                allFilms = allFilms.plus(o);
            } else {
                series.put(p, series.get(p).plus(o));
                allSeries = allSeries.plus(o);
            }
        }
        List<LocalDate> w = new ArrayList<>(weeks);
        return new FrenchShare(grouping, List.copyOf(films.keySet()), List.copyOf(films.values()), List.copyOf(series.values()),
                allFilms, allSeries, w.isEmpty() ? null : w.get(0), w.isEmpty() ? null : w.get(w.size() - 1), w.size());
    }

    /** France against the world's lists (see {@link Top10World}). */
    public Top10World.Comparison franceVsWorld(LocalDate from, LocalDate to, int onlyFrance) throws StoreException {
        return Top10World.compare(queries.entries(FRANCE, from, to), queries.entries(WORLD, from, to), onlyFrance);
    }
}
