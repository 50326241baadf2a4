package fr.vodcompare.analysis;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.HistoryQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
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

    /**
     * Reads both snapshots from the store and compares them (on the calling thread), a title at a time: what is held is
     * the lists' entries (id, title, year, kind), never the snapshots' titles whole.
     */
    public static SnapshotDiff between(HistoryQueries history, Snapshot from, Snapshot to) throws fr.vodcompare.store.StoreException {
        return between(history, from, to, () -> false);
    }

    /**
     * {@link #between(HistoryQueries, Snapshot, Snapshot)}, given up once {@code superseded} says so (asked every
     * {@link Comparison#ASK_EVERY} titles: a comparison of a million titles a snapshot takes 10-15 s, and a choice changed
     * meanwhile makes it useless): a {@link CancellationException} then.
     */
    public static SnapshotDiff between(HistoryQueries history, Snapshot from, Snapshot to, BooleanSupplier superseded)
            throws fr.vodcompare.store.StoreException {
        Comparison c = new Comparison(superseded);
        history.pairs(from, to, c);
        return c.result(from, to, history.ambiguities(from.platformId()));
    }

    /** The comparison of two snapshots' titles, given a title at a time (each as of its snapshot; null where not listed). */
    static final class Comparison implements HistoryQueries.Pairs {
        /** Titles compared between two questions to {@link #superseded}. */
        static final int ASK_EVERY = 4096;
        private final BooleanSupplier superseded;
        private int compared;
        /** Listed by the earlier snapshot only, then by the later only: by id, in the order given. */
        private final Map<Long, Entry> onlyA = new LinkedHashMap<>();
        private final Map<Long, Entry> onlyB = new LinkedHashMap<>();
        private final List<Change> changed = new ArrayList<>();
        private final Map<MatchRule, Integer> matchedBy = new EnumMap<>(MatchRule.class);
        private int unchanged;

        Comparison(BooleanSupplier superseded) {
            this.superseded = superseded;
        }

        private void ask() {
            if (++compared % ASK_EVERY == 0 && superseded.getAsBoolean()) {
                throw new CancellationException("the comparison was superseded after " + compared + " titles");
            }
        }

        @Override
        public void same(String showId, Integer year) {
            ask();
            matchedBy.merge(rule(showId, showId, year, year), 1, Integer::sum);
            unchanged++;
        }

        @Override
        public void pair(Title old, Title now) {
            ask();
            if (now == null) {
                onlyA.put(old.id(), Entry.of(old));
            } else if (old == null) {
                onlyB.put(now.id(), Entry.of(now));
            } else {
                MatchRule rule = rule(old, now);
                matchedBy.merge(rule, 1, Integer::sum);
                List<String> fields = changedFields(old, now);
                if (fields.isEmpty()) {
                    unchanged++;
                } else {
                    changed.add(new Change(Entry.of(now), fields, rule));
                }
            }
        }

        /** The lists, given the platform's ambiguous rows: a row that had several candidates is neither added nor removed. */
        SnapshotDiff result(Snapshot from, Snapshot to, List<HistoryQueries.Ambiguity> ambiguities) {
            Map<Long, List<Long>> pairs = new LinkedHashMap<>();
            Set<Long> involved = new HashSet<>();
            // listed by the later snapshot's title, whichever import recorded the pair
            for (HistoryQueries.Ambiguity x : ambiguities) {
                long later;
                long earlier;
                if (onlyB.containsKey(x.titleId()) && onlyA.containsKey(x.candidateId())) {
                    later = x.titleId();
                    earlier = x.candidateId();
                } else if (onlyA.containsKey(x.titleId()) && onlyB.containsKey(x.candidateId())) {
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
            List<Ambiguous> ambiguous = new ArrayList<>();
            pairs.forEach((id, cands) -> ambiguous.add(new Ambiguous(onlyB.get(id),
                    cands.stream().map(onlyA::get).sorted(ORDER).toList())));
            ambiguous.sort(Comparator.comparing(Ambiguous::title, ORDER));
            changed.sort(Comparator.comparing(Change::title, ORDER));
            return new SnapshotDiff(from, to, entries(onlyB, involved), entries(onlyA, involved), List.copyOf(changed),
                    ambiguous, unchanged, matchedBy);
        }
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

    private static List<Entry> entries(Map<Long, Entry> only, Set<Long> involved) {
        return only.values().stream().filter(e -> !involved.contains(e.id())).sorted(ORDER).toList();
    }

    /** The rule that makes two versions the same title: the same id first, then title and year. */
    static MatchRule rule(Title a, Title b) {
        return rule(a.showId(), b.showId(), a.releaseYear(), b.releaseYear());
    }

    private static MatchRule rule(String showA, String showB, Integer yearA, Integer yearB) {
        if (showA != null && showA.equals(showB)) {
            return MatchRule.ID;
        }
        if (Objects.equals(yearA, yearB)) {
            return MatchRule.TITLE_YEAR;
        }
        if (yearA != null && yearB != null && Math.abs(yearA - yearB) == 1) {
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
