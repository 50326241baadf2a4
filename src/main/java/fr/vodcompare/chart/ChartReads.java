package fr.vodcompare.chart;

import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.analysis.Quotas;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Original;
import fr.vodcompare.model.Platform;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data several charts read, each read once and kept: the platforms, every fact, the originals, each territory's
 * current snapshots and quota figures. One per chart ({@link ChartService#spec}), or one for a set of charts computed
 * together ({@link ChartService.Batch}), which then all describe the same reading. One thread; it never reads again,
 * so it does not see later writes: drop it with its set of charts.
 */
final class ChartReads {
    private static final String NO_TERRITORY = "";

    private final MarketData data;
    private List<Platform> platforms;
    private List<Fact> facts;
    private List<Original> originals;
    private final Map<String, List<CurrentSnapshot>> snapshots = new HashMap<>();
    private final Map<String, List<Quotas.PlatformQuotas>> quotas = new HashMap<>();

    ChartReads(MarketData data) {
        this.data = data;
    }

    MarketData data() {
        return data;
    }

    /** The platforms of the registry, in its order. */
    List<Platform> platforms() throws DataException {
        if (platforms == null) {
            platforms = data.platforms();
        }
        return platforms;
    }

    /** Every sourced figure. */
    List<Fact> facts() throws DataException {
        if (facts == null) {
            facts = data.facts();
        }
        return facts;
    }

    /** The original productions. */
    List<Original> originals() throws DataException {
        if (originals == null) {
            originals = data.originals();
        }
        return originals;
    }

    /** The newest snapshot of every platform (in {@code territory} when not null). */
    List<CurrentSnapshot> snapshots(String territory) throws DataException {
        String key = territory == null ? NO_TERRITORY : territory;
        List<CurrentSnapshot> out = snapshots.get(key);
        if (out == null) {
            out = data.currentSnapshots(territory);
            snapshots.put(key, out);
        }
        return out;
    }

    /** Every platform's current catalogue against every rule of {@code inputs}, counted in one pass. */
    List<Quotas.PlatformQuotas> quotas(String territory, Quotas.Inputs inputs) throws DataException {
        String key = territory == null ? NO_TERRITORY : territory;
        List<Quotas.PlatformQuotas> out = quotas.get(key);
        if (out == null) {
            out = data.quotas(territory, null, inputs.rules(), inputs.countries());
            quotas.put(key, out);
        }
        return out;
    }
}
