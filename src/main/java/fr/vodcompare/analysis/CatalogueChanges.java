package fr.vodcompare.analysis;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.HistoryQueries;
import fr.vodcompare.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * What came and went between each pair of consecutive snapshots of a platform in one territory. The
 * files do not say when a title left: a title the later file does not list is "no longer listed".
 */
public final class CatalogueChanges {
    private final HistoryQueries history;

    public CatalogueChanges(HistoryQueries history) {
        this.history = history;
    }

    /** One step between consecutive snapshots. */
    public record Step(Snapshot from, Snapshot to, int added, int noLongerListed, int changed, int unchanged, int ambiguous) {
        static Step of(SnapshotDiff d) {
            return new Step(d.from(), d.to(), d.added().size(), d.removed().size(), d.changed().size(), d.unchanged(),
                    d.ambiguous().size());
        }
    }

    /** The steps of a platform's snapshots in {@code territory}, oldest first (empty with fewer than two snapshots). */
    public List<Step> steps(String platformId, String territory) throws StoreException {
        List<Snapshot> here = history.snapshots(platformId).stream().filter(s -> s.territory().equals(territory)).toList();
        List<Step> out = new ArrayList<>();
        for (int i = 1; i < here.size(); i++) {
            out.add(Step.of(SnapshotDiff.between(history, here.get(i - 1), here.get(i))));
        }
        return out;
    }
}
