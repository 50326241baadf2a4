package fr.vodcompare.analysis;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.HistoryQueries;
import fr.vodcompare.store.SnapshotSteps;
import fr.vodcompare.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What came and went between each pair of consecutive snapshots of a platform in one territory. The
 * files do not say when a title left: a title the later file does not list is "no longer listed".
 * A step is counted by comparing the two snapshots' titles ({@link SnapshotDiff}) the first time it is asked for, and
 * its counts are kept in the store ({@link SnapshotSteps}) until the platform's catalogue is written again.
 */
public final class CatalogueChanges {
    private final HistoryQueries history;
    private final SnapshotSteps kept;

    public CatalogueChanges(HistoryQueries history, SnapshotSteps kept) {
        this.history = history;
        this.kept = kept;
    }

    /** One step between consecutive snapshots. */
    public record Step(Snapshot from, Snapshot to, int added, int noLongerListed, int changed, int unchanged, int ambiguous) {
        static Step of(SnapshotDiff d) {
            return new Step(d.from(), d.to(), d.added().size(), d.removed().size(), d.changed().size(), d.unchanged(),
                    d.ambiguous().size());
        }

        static Step of(Snapshot from, Snapshot to, SnapshotSteps.Counts n) {
            return new Step(from, to, n.added(), n.noLongerListed(), n.changed(), n.unchanged(), n.ambiguous());
        }

        SnapshotSteps.Counts counts() {
            return new SnapshotSteps.Counts(added, noLongerListed, changed, unchanged, ambiguous);
        }
    }

    /** The steps of a platform's snapshots in {@code territory}, oldest first (empty with fewer than two snapshots). */
    public List<Step> steps(String platformId, String territory) throws StoreException {
        long generation = kept.generation(platformId); // before the snapshots: a write after it keeps nothing counted here
        List<Snapshot> here = history.snapshots(platformId).stream().filter(s -> s.territory().equals(territory)).toList();
        Map<SnapshotSteps.Step, SnapshotSteps.Counts> known = here.size() < 2 ? Map.of() : kept.kept(platformId);
        List<Step> out = new ArrayList<>();
        for (int i = 1; i < here.size(); i++) {
            Snapshot from = here.get(i - 1);
            Snapshot to = here.get(i);
            SnapshotSteps.Step key = new SnapshotSteps.Step(from.id(), to.id());
            SnapshotSteps.Counts n = known.get(key);
            if (n != null) {
                out.add(Step.of(from, to, n));
            } else {
                Step step = Step.of(SnapshotDiff.between(history, from, to));
                kept.keep(platformId, generation, key, step.counts());
                out.add(step);
            }
        }
        return out;
    }
}
