package fr.vodcompare.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Matches the entries of a new catalogue file to titles already known, by the rules of
 * {@link MatchRule}: one rule at a time, strongest first, each only among what the stronger rules left.
 * An entry with two or more candidates, or a candidate wanted by two entries, is ambiguous: it is
 * never merged, and its candidates are listed. Pure: no I/O.
 */
public final class TitleMatcher {
    /**
     * A title as matching sees it: an id (a store id or a position), its normalised title, kind and year, and
     * (across platforms) the normalised names of its director(s) and cast, empty when not known.
     */
    public record Entry(long id, String normName, Kind kind, Integer year, java.util.Set<String> people) {
        public Entry {
            people = people == null ? java.util.Set.of() : java.util.Set.copyOf(people);
        }

        public Entry(long id, String normName, Kind kind, Integer year) {
            this(id, normName, kind, year, java.util.Set.of());
        }

        public static Entry of(long id, String name, Kind kind, Integer year) {
            return new Entry(id, Normalise.text(name), kind, year);
        }

        /**
         * A title as a work across platforms: {@link Normalise#work} of its name, and, for a series, its people
         * (only the series rules read them, and a film is only ever compared with films).
         */
        public static Entry ofWork(long id, String name, Kind kind, Integer year, String director, String cast) {
            return ofWorkKey(id, Normalise.work(name), kind, year, director, cast);
        }

        /** As {@link #ofWork}, with the work key already computed ({@link Normalise#work} of the name, as stored). */
        public static Entry ofWorkKey(long id, String workKey, Kind kind, Integer year, String director, String cast) {
            java.util.Set<String> people = new java.util.HashSet<>();
            for (String list : kind == Kind.SERIES ? new String[] {director, cast} : new String[0]) {
                for (String p : Normalise.commaList(list)) {
                    String n = Normalise.text(p);
                    if (!n.isEmpty()) {
                        people.add(n);
                    }
                }
            }
            return new Entry(id, workKey, kind, year, people);
        }

        boolean sharesPersonWith(Entry o) {
            for (String p : people) {
                if (o.people.contains(p)) {
                    return true;
                }
            }
            return false;
        }

        /** Both name people, none in common, years more than one apart: a remake, another work. */
        boolean remakeOf(Entry o) {
            return year != null && o.year != null && Math.abs(year - o.year) > 1 && !people.isEmpty() && !o.people.isEmpty()
                    && !sharesPersonWith(o);
        }

        String key() {
            return normName + "|" + kind;
        }
    }

    /** One entry matched to one known title. */
    public record Match(long entryId, long knownId, MatchRule rule) {
    }

    /** What matching found: matches by entry id, ambiguous entries with their candidates (known ids). */
    public record Result(Map<Long, Match> matches, Map<Long, List<Long>> ambiguous) {
    }

    static final int FEW = 10;

    private TitleMatcher() {
    }

    /** Matches {@code entries} to {@code known} on normalised title, kind and year ({@link MatchRule#TITLE_YEAR} and after). */
    public static Result byTitle(List<Entry> entries, List<Entry> known) {
        Map<Long, Match> matches = new LinkedHashMap<>();
        Map<Long, List<Long>> ambiguous = new LinkedHashMap<>();
        Map<String, List<Entry>> byKey = new HashMap<>();
        for (Entry k : known) {
            byKey.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k);
        }
        java.util.Set<Long> claimed = new java.util.HashSet<>();
        pass(MatchRule.TITLE_YEAR, (e, k) -> Objects.equals(e.year(), k.year()), entries, byKey, claimed, matches, ambiguous);
        pass(MatchRule.TITLE_YEAR_1, (e, k) -> e.year() != null && k.year() != null && Math.abs(e.year() - k.year()) == 1,
                entries, byKey, claimed, matches, ambiguous);
        pass(MatchRule.TITLE_SERIES, (e, k) -> e.kind() == Kind.SERIES, entries, byKey, claimed, matches, ambiguous);
        return new Result(matches, ambiguous);
    }

    /**
     * Matches the titles of one platform ({@code a}) to those of another ({@code b}) as works, by the rules
     * in order: {@link MatchRule#TITLE_YEAR}, {@link MatchRule#TITLE_YEAR_1}, for series
     * {@link MatchRule#TITLE_SERIES_PEOPLE} (any year, a director or cast member in common) then
     * {@link MatchRule#TITLE_SERIES} (any year, the only candidate left) unless the two are a remake
     * ({@link Entry#remakeOf}). Entries are built with {@link Entry#ofWork}; {@code allowed} vetoes a pair
     * (the user split it). Ambiguity as in {@link #byTitle}.
     */
    public static Result byWork(List<Entry> a, List<Entry> b, BiPredicate<Entry, Entry> allowed) {
        Map<Long, Match> matches = new LinkedHashMap<>();
        Map<Long, List<Long>> ambiguous = new LinkedHashMap<>();
        Map<String, List<Entry>> byKey = new HashMap<>();
        for (Entry k : b) {
            byKey.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k);
        }
        java.util.Set<Long> claimed = new java.util.HashSet<>();
        pass(MatchRule.TITLE_YEAR, (e, k) -> allowed.test(e, k) && Objects.equals(e.year(), k.year()), a, byKey, claimed,
                matches, ambiguous);
        pass(MatchRule.TITLE_YEAR_1, (e, k) -> allowed.test(e, k) && e.year() != null && k.year() != null
                && Math.abs(e.year() - k.year()) == 1, a, byKey, claimed, matches, ambiguous);
        pass(MatchRule.TITLE_SERIES_PEOPLE, (e, k) -> allowed.test(e, k) && e.kind() == Kind.SERIES && e.sharesPersonWith(k),
                a, byKey, claimed, matches, ambiguous);
        pass(MatchRule.TITLE_SERIES, (e, k) -> allowed.test(e, k) && e.kind() == Kind.SERIES && !e.remakeOf(k), a, byKey,
                claimed, matches, ambiguous);
        return new Result(matches, ambiguous);
    }

    private static void pass(MatchRule rule, BiPredicate<Entry, Entry> accepts, List<Entry> entries,
                             Map<String, List<Entry>> byKey, java.util.Set<Long> claimed, Map<Long, Match> matches,
                             Map<Long, List<Long>> ambiguous) {
        Map<Long, List<Long>> wanted = new LinkedHashMap<>();
        Map<Long, Integer> wantedBy = new HashMap<>();
        for (Entry e : entries) {
            if (matches.containsKey(e.id()) || ambiguous.containsKey(e.id())) {
                continue;
            }
            List<Long> candidates = new ArrayList<>();
            for (Entry k : byKey.getOrDefault(e.key(), List.of())) {
                if (!claimed.contains(k.id()) && accepts.test(e, k)) {
                    candidates.add(k.id());
                }
            }
            if (!candidates.isEmpty()) {
                wanted.put(e.id(), candidates);
                for (long k : candidates) {
                    wantedBy.merge(k, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<Long, List<Long>> w : wanted.entrySet()) {
            List<Long> candidates = w.getValue();
            if (candidates.size() == 1 && wantedBy.get(candidates.get(0)) == 1) {
                matches.put(w.getKey(), new Match(w.getKey(), candidates.get(0), rule));
                claimed.add(candidates.get(0));
            } else {
                ambiguous.put(w.getKey(), List.copyOf(candidates));
            }
        }
    }

    /**
     * True when a new file and the titles already known come from one file lineage: at least half the
     * ids of the smaller side appear in the other, and the titles behind the shared ids mostly agree (two
     * datasets that both number their rows s1, s2… share ids by chance, not by lineage). Under
     * {@value #FEW} shared ids there is too little to judge the titles, and the ids are trusted.
     *
     * @param fileIds  the new file's ids, each with its normalised title
     * @param knownIds the ids already known for the platform, each with its normalised title
     */
    public static boolean sameLineage(Map<String, String> fileIds, Map<String, String> knownIds) {
        if (fileIds.isEmpty() || knownIds.isEmpty()) {
            return false;
        }
        int shared = 0;
        int agree = 0;
        for (Map.Entry<String, String> f : fileIds.entrySet()) {
            String known = knownIds.get(f.getKey());
            if (known != null) {
                shared++;
                if (known.equals(f.getValue())) {
                    agree++;
                }
            }
        }
        return sameLineage(fileIds.size(), knownIds.size(), shared, agree);
    }

    /**
     * {@link #sameLineage(Map, Map)} from counts: the file's ids, the ids known, the ids both have, and how many of those
     * name the same normalised title on both sides.
     */
    public static boolean sameLineage(long fileIds, long knownIds, long shared, long agree) {
        if (fileIds == 0 || knownIds == 0) {
            return false;
        }
        long smaller = Math.min(fileIds, knownIds);
        return shared * 2 >= smaller && (shared < FEW || agree * 2 >= shared);
    }
}
