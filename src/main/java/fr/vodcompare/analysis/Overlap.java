package fr.vodcompare.analysis;

import fr.vodcompare.model.Kind;
import fr.vodcompare.store.CatalogueStatsQueries;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.WorkRepository;
import fr.vodcompare.store.WorkRepository.CurrentPair;
import fr.vodcompare.store.WorkRepository.PairCounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The overlap of the current catalogues of every two platforms, from the works matched across
 * platforms (see {@code rematch}). For platforms A and B (A's id sorts first): {@code shared} counts the
 * matched pairs; a title with two or more candidates on the other platform is ambiguous: its candidate
 * pairs are counted in {@code ambiguous}, never in {@code shared}, and its titles in neither
 * {@code onlyA} nor {@code onlyB}; {@code onlyA} is A's titles in no pair with B (shared or ambiguous);
 * {@code jaccard} is shared ÷ (A's titles + B's titles − shared), the share of the works on either
 * platform that both carry.
 */
public final class Overlap {
    private Overlap() {
    }

    /** A work on both platforms, as A lists it (B's title and year beside it, both store ids), with the rule that matched it. */
    public record SharedTitle(long idA, long idB, String title, Integer year, Kind kind, double confidence, String rule, String titleB,
                              Integer yearB) {
    }

    /** The overlap of two platforms' current catalogues. */
    public record PairOverlap(String a, String b, int titlesA, int titlesB, int shared, int onlyA, int onlyB, double jaccard,
                              int ambiguous, List<SharedTitle> titles, List<SharedTitle> ambiguousPairs) {
    }

    /**
     * Every pair of platforms with a current catalogue (in {@code territory}, see {@link CatalogueStatsQueries}),
     * or only the pairs among {@code platforms} when it is not empty. Runs on the calling thread (JDBC).
     */
    public static List<PairOverlap> of(Store store, String territory, List<String> platforms) throws StoreException {
        Map<String, List<CurrentPair>> byPair = new LinkedHashMap<>();
        for (CurrentPair p : store.works().currentPairs(territory)) {
            byPair.computeIfAbsent(p.platformA() + "\u0000" + p.platformB(), k -> new ArrayList<>()).add(p);
        }
        return pairs(store, territory, platforms, (a, b, titlesA, titlesB) -> pair(a, b, titlesA, titlesB,
                byPair.getOrDefault(a + "\u0000" + b, List.of())));
    }

    /** The overlap of two platforms ({@code a}'s id sorts first) with its titles, read for that pair only. Calling thread (JDBC). */
    public static PairOverlap between(Store store, String territory, String a, String b) throws StoreException {
        List<CurrentPair> stored = store.works().currentPairs(territory, a, b);
        return pairs(store, territory, List.of(a, b), (x, y, titlesA, titlesB) -> pair(x, y, titlesA, titlesB, stored)).stream()
                .findFirst().orElse(pair(a, b, 0, 0, List.of()));
    }

    /**
     * The figures of {@link #of} without the titles of each pair ({@link PairOverlap#titles} and
     * {@link PairOverlap#ambiguousPairs} empty): counted in the store, for the chart. Runs on the calling thread (JDBC).
     */
    public static List<PairOverlap> counts(Store store, String territory, List<String> platforms) throws StoreException {
        Map<String, PairCounts> byPair = new LinkedHashMap<>();
        for (PairCounts p : store.works().currentPairCounts(territory)) {
            byPair.put(p.platformA() + "\u0000" + p.platformB(), p);
        }
        return pairs(store, territory, platforms, (a, b, titlesA, titlesB) -> {
            PairCounts p = byPair.getOrDefault(a + "\u0000" + b, new PairCounts(a, b, 0, 0, 0, 0));
            int union = titlesA + titlesB - p.shared();
            return new PairOverlap(a, b, titlesA, titlesB, p.shared(), titlesA - p.titlesOfA(), titlesB - p.titlesOfB(),
                    union == 0 ? 0 : (double) p.shared() / union, p.ambiguous(), List.of(), List.of());
        });
    }

    private interface PairMaker {
        PairOverlap make(String a, String b, int titlesA, int titlesB);
    }

    private static List<PairOverlap> pairs(Store store, String territory, List<String> platforms, PairMaker maker) throws StoreException {
        Map<String, Integer> titles = new LinkedHashMap<>();
        for (fr.vodcompare.model.CurrentSnapshot s : new CatalogueStatsQueries(store.database(), territory).currentSnapshots()) {
            if (platforms.isEmpty() || platforms.contains(s.platformId())) {
                titles.merge(s.platformId(), s.titles(), Integer::sum);
            }
        }
        List<String> ids = new ArrayList<>(titles.keySet());
        ids.sort(null);
        List<PairOverlap> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                out.add(maker.make(a, b, titles.get(a), titles.get(b)));
            }
        }
        return out;
    }

    /** The figures of one pair from its stored pairs (pure: no I/O). */
    static PairOverlap pair(String a, String b, int titlesA, int titlesB, List<CurrentPair> pairs) {
        List<SharedTitle> shared = new ArrayList<>();
        List<SharedTitle> ambiguous = new ArrayList<>();
        Set<Long> inA = new HashSet<>();
        Set<Long> inB = new HashSet<>();
        for (CurrentPair p : pairs) {
            SharedTitle t = new SharedTitle(p.titleA(), p.titleB(), p.nameA(), p.yearA(), p.kind(), p.confidence(), p.rule(), p.nameB(), p.yearB());
            (WorkRepository.AMBIGUOUS.equals(p.rule()) ? ambiguous : shared).add(t);
            inA.add(p.titleA());
            inB.add(p.titleB());
        }
        int union = titlesA + titlesB - shared.size();
        double jaccard = union == 0 ? 0 : (double) shared.size() / union;
        return new PairOverlap(a, b, titlesA, titlesB, shared.size(), titlesA - inA.size(), titlesB - inB.size(), jaccard,
                ambiguous.size(), List.copyOf(shared), List.copyOf(ambiguous));
    }
}
