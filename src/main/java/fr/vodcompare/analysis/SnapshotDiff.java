package fr.vodcompare.analysis;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.HistoryQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What came and went between two snapshots of a platform: titles the later one lists and the earlier
 * did not ("added"), titles the earlier listed and the later no longer lists ("no longer listed": the
 * files do not say when a title left), titles both list whose fields changed, and rows that had
 * several candidates (counted as neither added nor removed). Each title listed by both is counted
 * under the rule that makes its two versions the same title.
 */
public record SnapshotDiff(Snapshot from, Snapshot to, List<Entry> added, List<Entry> removed, List<Change> changed,
                           List<Ambiguous> ambiguous, int unchanged, Map<MatchRule, Integer> matchedBy) {
    /** A title as the lists show it. */
    public record Entry(long id, String title, Integer year, Kind kind) {
        static Entry of(Title t) {
            return new Entry(t.id(), t.name(), t.releaseYear(), t.kind());
        }
    }

    /** A title both snapshots list, with the fields (in {@link #FIELDS}' words) that changed, and the rule that matched it. */
    public record Change(Entry title, List<String> fields, MatchRule rule) {
    }

    /** A row that had several candidates in the other snapshot: never merged, listed. */
    public record Ambiguous(Entry title, List<Entry> candidates) {
    }

    /** The fields compared, in the order reported. */
    public static final List<String> FIELDS = List.of("title", "kind", "release_year", "director", "cast", "country", "genres",
            "date_added", "rating", "duration", "description");
    private static final Map<String, Function<Title, Object>> GETTERS = new LinkedHashMap<>();

    static {
        GETTERS.put("title", Title::name);
        GETTERS.put("kind", Title::kind);
        GETTERS.put("release_year", Title::releaseYear);
        GETTERS.put("director", Title::director);
        GETTERS.put("cast", Title::cast);
        GETTERS.put("country", Title::countries);
        GETTERS.put("genres", Title::genres);
        GETTERS.put("date_added", Title::dateAdded);
        GETTERS.put("rating", Title::rating);
        GETTERS.put("duration", Title::duration);
        GETTERS.put("description", Title::description);
    }

    /** Reads both snapshots from the store and compares them (on the calling thread). */
    public static SnapshotDiff between(HistoryQueries history, Snapshot from, Snapshot to) throws fr.vodcompare.store.StoreException {
        return compare(from, to, history.titles(from), history.titles(to), history.ambiguities(from.platformId()));
    }

    /** Compares two snapshots' titles (each as of its snapshot), given the platform's ambiguous rows. */
    public static SnapshotDiff compare(Snapshot from, Snapshot to, List<Title> before, List<Title> after,
                                       List<HistoryQueries.Ambiguity> ambiguities) {
        Map<Long, Title> a = byId(before);
        Map<Long, Title> b = byId(after);
        Set<Long> onlyA = new HashSet<>(a.keySet());
        onlyA.removeAll(b.keySet());
        Set<Long> onlyB = new HashSet<>(b.keySet());
        onlyB.removeAll(a.keySet());
        Map<Long, List<Long>> pairs = new LinkedHashMap<>();
        Set<Long> involved = new HashSet<>();
        // listed by the later snapshot's title, whichever import recorded the pair
        for (HistoryQueries.Ambiguity x : ambiguities) {
            long later;
            long earlier;
            if (onlyB.contains(x.titleId()) && onlyA.contains(x.candidateId())) {
                later = x.titleId();
                earlier = x.candidateId();
            } else if (onlyA.contains(x.titleId()) && onlyB.contains(x.candidateId())) {
                later = x.candidateId();
                earlier = x.titleId();
            } else {
                continue;
            }
            List<Long> list = pairs.computeIfAbsent(later, k -> new ArrayList<>());
            if (!list.contains(earlier)) {
                list.add(earlier);
            }
            involved.add(later);
            involved.add(earlier);
        }
        Map<Long, Title> all = new HashMap<>(a);
        all.putAll(b);
        List<Ambiguous> ambiguous = new ArrayList<>();
        pairs.forEach((id, cands) -> ambiguous.add(new Ambiguous(Entry.of(all.get(id)),
                cands.stream().map(all::get).map(Entry::of).sorted(ORDER).toList())));
        ambiguous.sort(Comparator.comparing(Ambiguous::title, ORDER));
        List<Entry> added = entries(onlyB, b, involved);
        List<Entry> removed = entries(onlyA, a, involved);
        List<Change> changed = new ArrayList<>();
        Map<MatchRule, Integer> matchedBy = new EnumMap<>(MatchRule.class);
        int unchanged = 0;
        for (Map.Entry<Long, Title> e : b.entrySet()) {
            Title old = a.get(e.getKey());
            if (old == null) {
                continue;
            }
            Title now = e.getValue();
            MatchRule rule = rule(old, now);
            matchedBy.merge(rule, 1, Integer::sum);
            List<String> fields = changedFields(old, now);
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Change(Entry.of(now), fields, rule));
            }
        }
        changed.sort(Comparator.comparing(Change::title, ORDER));
        return new SnapshotDiff(from, to, added, removed, changed, ambiguous, unchanged, matchedBy);
    }

    /** Titles by name as people sort them (case and leading punctuation ignored), then year. */
    static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> sortKey(e.title()))
            .thenComparing(Entry::year, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Sort keys already computed: normalising a title costs more than comparing it, and a sort compares each many times. */
    private static final Map<String, String> SORT_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    static String sortKey(String title) {
        if (SORT_KEYS.size() > 200_000) {
            SORT_KEYS.clear();
        }
        return SORT_KEYS.computeIfAbsent(title, fr.vodcompare.model.Normalise::text);
    }

    private static Map<Long, Title> byId(List<Title> titles) {
        Map<Long, Title> m = new HashMap<>();
        titles.forEach(t -> m.put(t.id(), t));
        return m;
    }

    private static List<Entry> entries(Set<Long> ids, Map<Long, Title> titles, Set<Long> involved) {
        return ids.stream().filter(id -> !involved.contains(id)).map(titles::get).map(Entry::of).sorted(ORDER).toList();
    }

    /** The rule that makes two versions the same title: the same id first, then title and year. */
    static MatchRule rule(Title a, Title b) {
        if (a.showId() != null && a.showId().equals(b.showId())) {
            return MatchRule.ID;
        }
        if (Objects.equals(a.releaseYear(), b.releaseYear())) {
            return MatchRule.TITLE_YEAR;
        }
        if (a.releaseYear() != null && b.releaseYear() != null && Math.abs(a.releaseYear() - b.releaseYear()) == 1) {
            return MatchRule.TITLE_YEAR_1;
        }
        return MatchRule.TITLE_SERIES;
    }

    static List<String> changedFields(Title a, Title b) {
        List<String> out = new ArrayList<>();
        GETTERS.forEach((field, get) -> {
            if (!Objects.equals(get.apply(a), get.apply(b))) {
                out.add(field);
            }
        });
        return out;
    }

    /** How many titles are in each list. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("added", added.size());
        m.put("removed", removed.size());
        m.put("changed", changed.size());
        m.put("unchanged", unchanged);
        m.put("ambiguous", ambiguous.size());
        return m;
    }
}
