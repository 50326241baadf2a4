package fr.vodcompare.analysis;

import fr.vodcompare.store.CatalogueStatsQueries.Count;
import fr.vodcompare.model.CurrentSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns per-platform counts from the store into {@link Breakdown}s, one per platform with a catalogue. */
final class Breakdowns {
    private Breakdowns() {
    }

    /**
     * @param keyOrder display order of the keys; null keys in {@code counts} are the unknown ones
     * @param partition true when each title has exactly one key (the unknown ones are then the rest of the total)
     */
    static List<Breakdown> of(List<CurrentSnapshot> snapshots, List<Count> counts, Comparator<String> keyOrder,
                              boolean partition) {
        List<Breakdown> out = new ArrayList<>();
        for (CurrentSnapshot s : snapshots) {
            Map<String, Integer> byKey = new TreeMap<>(keyOrder);
            int unknown = 0;
            for (Count c : counts) {
                if (!c.platformId().equals(s.platformId())) {
                    continue;
                }
                if (c.key() == null) {
                    unknown += c.titles();
                } else {
                    byKey.merge(c.key(), c.titles(), Integer::sum);
                }
            }
            if (partition) {
                int known = byKey.values().stream().mapToInt(Integer::intValue).sum();
                unknown = s.titles() - known;
            }
            out.add(new Breakdown(s.platformId(), new LinkedHashMap<>(byKey), unknown, s.titles()));
        }
        return out;
    }

    /** Orders keys by the order of {@code keys}, unlisted ones last in natural order. */
    static Comparator<String> listed(List<String> keys) {
        return Comparator.<String>comparingInt(k -> keys.contains(k) ? keys.indexOf(k) : keys.size())
                .thenComparing(Comparator.naturalOrder());
    }
}
