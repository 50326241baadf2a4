package fr.vodcompare.ingest;

import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.TitleMatcher;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.WorkRepository;
import fr.vodcompare.store.WorkRepository.Candidate;
import fr.vodcompare.store.WorkRepository.Choice;
import fr.vodcompare.store.WorkRepository.Pair;
import fr.vodcompare.store.WorkRepository.WorkTitle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matching works across platforms, a step of its own: run after each import and by {@code rematch}.
 * For every two platforms with a current catalogue, the titles of the first are matched to those of the
 * second by {@link TitleMatcher#byWork}; the user's confirmed pairs are taken as they are (rule
 * {@code confirmed}) and their split pairs are never matched. Only titles with a namesake (same work key and
 * kind) on the other platform are read: the rules never pair two titles with different keys, so the others
 * cannot change the result. After an import only the imported platform's pairs are rematched.
 */
public final class WorkMatching {
    private static final Logger LOG = LoggerFactory.getLogger(WorkMatching.class);

    /** Set in the store's meta table by each rematch (its value: when). */
    static final String META_KEY = "works_matched_at";

    private WorkMatching() {
    }

    /**
     * What a rematch wrote: the titles that had a namesake on another platform (so were compared), the pairs of
     * platforms compared, matched pairs by rule code (with {@code ambiguous} for candidate pairs).
     */
    public record Summary(int titles, int platformPairs, Map<String, Integer> byRule) {
    }

    /** Rematches once a store that was never matched (one upgraded from schema 4): after that, imports rematch. */
    public static void ensureMatched(Store store) throws StoreException {
        if (store.meta().get(META_KEY).isEmpty()) {
            rematch(store);
        }
    }

    /** Rematches every pair of platforms and stores the result. Runs on the calling thread (the write on the writer thread). */
    public static Summary rematch(Store store) throws StoreException {
        return rematch(store, null);
    }

    /**
     * Rematches the pairs with a title of {@code platformId} (the platform whose catalogue changed), or every
     * pair when it is null, and stores the result. Only titles sharing a work key with a title of another
     * platform are read (an indexed join), so the cost follows the matches, not the catalogues' size.
     */
    public static Summary rematch(Store store, String platformId) throws StoreException {
        return rematch(store, platformId, null);
    }

    /**
     * {@link #rematch(Store, String)} with the candidate pairs of {@code platformId}'s titles already known ({@code known},
     * found as a platform's first catalogue was written; null: read from the store).
     */
    public static Summary rematch(Store store, String platformId, List<Candidate> known) throws StoreException {
        long start = System.nanoTime();
        WorkRepository works = store.works();
        int keyed = works.fillWorkKeys();
        long keysAt = System.nanoTime();
        Map<String, List<Candidate>> confirmedBy = new HashMap<>();
        for (Candidate c : works.confirmedCandidates(platformId)) {
            confirmedBy.computeIfAbsent(pairOf(c), k -> new ArrayList<>()).add(c);
        }
        Set<String> split = new HashSet<>();
        for (Choice c : works.choices()) {
            if (!c.confirm()) {
                split.add(choiceKey(c.platformA(), c.keyA(), c.platformB(), c.keyB()));
            }
        }
        // the user's confirmed pairs first, per pair of platforms; their titles are not matched again
        List<Pair> pairs = new ArrayList<>();
        Map<String, Set<Long>> taken = new HashMap<>();
        for (Map.Entry<String, List<Candidate>> e : confirmedBy.entrySet()) {
            taken.put(e.getKey(), confirmed(e.getValue(), pairs));
        }
        Set<String> platformPairs = new HashSet<>(confirmedBy.keySet());
        int[] titles = {0};
        long readAt = System.nanoTime();
        // then the candidates, one work key at a time (the rules compare titles of one key only: the same pairs as
        // matching every candidate at once, in the memory of one key's titles)
        WorkRepository.KeyGroups byKey = sameKey -> {
            Map<String, List<Candidate>> byPlatforms = new TreeMap<>();
            for (Candidate c : sameKey) {
                byPlatforms.computeIfAbsent(pairOf(c), k -> new ArrayList<>()).add(c);
            }
            Set<Long> ids = new HashSet<>();
            for (Map.Entry<String, List<Candidate>> e : byPlatforms.entrySet()) {
                platformPairs.add(e.getKey());
                for (Candidate c : e.getValue()) {
                    ids.add(c.x().id());
                    ids.add(c.y().id());
                }
                pairs.addAll(match(e.getValue(), taken.getOrDefault(e.getKey(), Set.of()), split));
            }
            titles[0] += ids.size();
        };
        boolean found = known != null && platformId != null; // the candidates found by the import, else read
        if (!found) {
            works.candidates(platformId, byKey);
        } else { // the same pairs as read from the store, given one work key at a time
            Map<String, List<Candidate>> sameKeys = new TreeMap<>();
            for (Candidate c : known) {
                sameKeys.computeIfAbsent(c.x().workKey(), k -> new ArrayList<>()).add(c);
            }
            for (List<Candidate> sameKey : sameKeys.values()) {
                byKey.accept(sameKey);
            }
        }
        long matchedAt = System.nanoTime();
        works.replaceMatches(pairs, META_KEY, platformId);
        Map<String, Integer> byRule = new TreeMap<>();
        for (Pair p : pairs) {
            byRule.merge(p.rule(), 1, Integer::sum);
        }
        Summary s = new Summary(titles[0], platformPairs.size(), byRule);
        LOG.info("Works rematched{} in {} ms ({} work keys written in {} ms, confirmed and split pairs read in {} ms, candidates "
                + "{} and matched key by key in {} ms, "
                + "written in {} ms): {}", platformId == null ? "" : " for " + platformId, ms(start, System.nanoTime()), keyed,
                ms(start, keysAt), ms(keysAt, readAt), found ? "found by the import" : "read",
                ms(readAt, matchedAt), ms(matchedAt, System.nanoTime()), s);
        return s;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String pairOf(Candidate c) {
        return c.x().platformId() + "\u0000" + c.y().platformId();
    }

    /** The confirmed pairs of two platforms, added to {@code out} (each title in one pair at most); returns their titles. */
    static Set<Long> confirmed(List<Candidate> confirmed, List<Pair> out) {
        Set<Long> taken = new HashSet<>();
        for (Candidate c : confirmed) {
            if (!taken.contains(c.x().id()) && !taken.contains(c.y().id())) {
                taken.add(c.x().id());
                taken.add(c.y().id());
                out.add(pair(c.x(), c.y(), MatchRule.CONFIRMED.code(), MatchRule.CONFIRMED.confidence()));
            }
        }
        return taken;
    }

    /**
     * The pairs matching makes of candidate pairs of two platforms ({@code x}'s platform sorts first), leaving out the
     * titles {@code taken} by confirmed pairs and the pairs the user split.
     */
    static List<Pair> match(List<Candidate> candidates, Set<Long> taken, Set<String> split) {
        List<Pair> out = new ArrayList<>();
        Map<Long, WorkTitle> a = new TreeMap<>();
        Map<Long, WorkTitle> b = new TreeMap<>();
        for (Candidate c : candidates) {
            a.put(c.x().id(), c.x());
            b.put(c.y().id(), c.y());
        }
        Map<Long, WorkTitle> ids = new HashMap<>();
        List<TitleMatcher.Entry> ea = entries(a.values(), taken, ids);
        List<TitleMatcher.Entry> eb = entries(b.values(), taken, ids);
        TitleMatcher.Result r = TitleMatcher.byWork(ea, eb, (x, y) -> split.isEmpty()
                || !split.contains(choiceKey(ids.get(x.id()), ids.get(y.id()))));
        for (TitleMatcher.Match m : r.matches().values()) {
            out.add(pair(ids.get(m.entryId()), ids.get(m.knownId()), m.rule().code(), m.rule().confidence()));
        }
        for (Map.Entry<Long, List<Long>> amb : r.ambiguous().entrySet()) {
            for (long candidate : amb.getValue()) {
                out.add(pair(ids.get(amb.getKey()), ids.get(candidate), WorkRepository.AMBIGUOUS, 0));
            }
        }
        return out;
    }

    private static Pair pair(WorkTitle x, WorkTitle y, String rule, double confidence) {
        return new Pair(x.id(), y.id(), x.platformId(), y.platformId(), rule, confidence);
    }

    private static List<TitleMatcher.Entry> entries(java.util.Collection<WorkTitle> titles, Set<Long> taken, Map<Long, WorkTitle> ids) {
        List<TitleMatcher.Entry> out = new ArrayList<>();
        for (WorkTitle t : titles) {
            if (!taken.contains(t.id())) {
                ids.put(t.id(), t);
                out.add(TitleMatcher.Entry.ofWorkKey(t.id(), t.workKey(), t.kind(), t.year(), t.director(), t.cast()));
            }
        }
        return out;
    }

    private static String choiceKey(WorkTitle a, WorkTitle b) {
        return choiceKey(a.platformId(), a.key(), b.platformId(), b.key());
    }

    private static String choiceKey(String platformA, String keyA, String platformB, String keyB) {
        return platformA + "\u0000" + keyA + "\u0000" + platformB + "\u0000" + keyB;
    }
}
