package fr.vodcompare.ingest;

import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.TitleMatcher;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.WorkRepository;
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
 * {@code confirmed}) and their split pairs are never matched. The result replaces every stored pair.
 */
public final class WorkMatching {
    private static final Logger LOG = LoggerFactory.getLogger(WorkMatching.class);

    /** Set in the store's meta table by each rematch (its value: when). */
    static final String META_KEY = "works_matched_at";

    private WorkMatching() {
    }

    /** What a rematch wrote: matched pairs by rule code (with {@code ambiguous} for candidate pairs). */
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
        long start = System.nanoTime();
        WorkRepository works = store.works();
        List<WorkTitle> titles = works.matchable();
        Map<String, List<WorkTitle>> byPlatform = new TreeMap<>();
        for (WorkTitle t : titles) {
            byPlatform.computeIfAbsent(t.platformId(), x -> new ArrayList<>()).add(t);
        }
        List<Choice> confirmed = new ArrayList<>();
        Set<String> split = new HashSet<>();
        for (Choice c : works.choices()) {
            if (c.confirm()) {
                confirmed.add(c);
            } else {
                split.add(choiceKey(c.platformA(), c.keyA(), c.platformB(), c.keyB()));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<String> platforms = new ArrayList<>(byPlatform.keySet());
        int platformPairs = 0;
        for (int i = 0; i < platforms.size(); i++) {
            for (int j = i + 1; j < platforms.size(); j++) {
                pairs.addAll(match(byPlatform.get(platforms.get(i)), byPlatform.get(platforms.get(j)), confirmed, split));
                platformPairs++;
            }
        }
        works.replaceMatches(pairs, META_KEY);
        Map<String, Integer> byRule = new TreeMap<>();
        for (Pair p : pairs) {
            byRule.merge(p.rule(), 1, Integer::sum);
        }
        Summary s = new Summary(titles.size(), platformPairs, byRule);
        LOG.info("Works rematched in {} ms: {}", (System.nanoTime() - start) / 1_000_000, s);
        return s;
    }

    /** The pairs of two platforms' titles ({@code a}'s platform sorts first). */
    static List<Pair> match(List<WorkTitle> a, List<WorkTitle> b, List<Choice> confirmed, Set<String> split) {
        List<Pair> out = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        if (!a.isEmpty() && !b.isEmpty()) {
            Map<String, WorkTitle> aByKey = byKey(a);
            Map<String, WorkTitle> bByKey = byKey(b);
            for (Choice c : confirmed) {
                WorkTitle x = c.platformA().equals(a.get(0).platformId()) ? aByKey.get(c.keyA()) : null;
                WorkTitle y = c.platformB().equals(b.get(0).platformId()) ? bByKey.get(c.keyB()) : null;
                if (x != null && y != null && !taken.contains(x.id()) && !taken.contains(y.id())) {
                    taken.add(x.id());
                    taken.add(y.id());
                    out.add(new Pair(x.id(), y.id(), MatchRule.CONFIRMED.code(), MatchRule.CONFIRMED.confidence()));
                }
            }
        }
        Map<Long, WorkTitle> ids = new HashMap<>();
        List<TitleMatcher.Entry> ea = entries(a, taken, ids);
        List<TitleMatcher.Entry> eb = entries(b, taken, ids);
        TitleMatcher.Result r = TitleMatcher.byWork(ea, eb, (x, y) -> !split.contains(choiceKey(ids.get(x.id()), ids.get(y.id()))));
        for (TitleMatcher.Match m : r.matches().values()) {
            out.add(new Pair(m.entryId(), m.knownId(), m.rule().code(), m.rule().confidence()));
        }
        for (Map.Entry<Long, List<Long>> amb : r.ambiguous().entrySet()) {
            for (long candidate : amb.getValue()) {
                out.add(new Pair(amb.getKey(), candidate, WorkRepository.AMBIGUOUS, 0));
            }
        }
        return out;
    }

    private static List<TitleMatcher.Entry> entries(List<WorkTitle> titles, Set<Long> taken, Map<Long, WorkTitle> ids) {
        List<TitleMatcher.Entry> out = new ArrayList<>();
        for (WorkTitle t : titles) {
            if (!taken.contains(t.id())) {
                ids.put(t.id(), t);
                out.add(TitleMatcher.Entry.ofWork(t.id(), t.name(), t.kind(), t.year(), t.director(), t.cast()));
            }
        }
        return out;
    }

    private static Map<String, WorkTitle> byKey(List<WorkTitle> titles) {
        Map<String, WorkTitle> out = new HashMap<>();
        for (WorkTitle t : titles) {
            out.put(t.key(), t);
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
