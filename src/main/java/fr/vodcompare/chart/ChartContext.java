package fr.vodcompare.chart;

import fr.vodcompare.analysis.CatalogueBreakdowns;
import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.analysis.Top10Analysis;
import fr.vodcompare.model.DataException;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Platform;
import fr.vodcompare.model.CurrentSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a chart definition builds its spec from: the stored data (through {@link MarketData}), the language, the platforms' names and
 * colours and the platforms the user chose. Caches what it reads; one per spec, on one thread (not the FX thread).
 */
final class ChartContext {
    private final ChartReads reads;
    private final ChartTexts texts;
    private final PlatformPalette palette;
    private final Map<String, Platform> platforms = new LinkedHashMap<>();
    private final Set<String> selection;
    private final String territory;
    private final QuotaInputs quotas;

    /** @param selection the platforms to show, or null for every platform with data */
    ChartContext(ChartReads reads, ChartTexts texts, List<Platform> registry, PlatformPalette palette, Set<String> selection,
                 String territory, QuotaInputs quotas) {
        this.reads = reads;
        this.quotas = quotas;
        this.territory = territory;
        this.texts = texts;
        this.palette = palette;
        this.selection = selection;
        registry.forEach(p -> platforms.put(p.id(), p));
    }

    /** The stored data, through the analyses. */
    MarketData data() {
        return reads.data();
    }

    ChartTexts texts() {
        return texts;
    }

    NumberText numbers() {
        return texts.numbers();
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** True when the chart should show the platform (it was chosen, or nothing was). */
    boolean shown(String platformId) {
        return platformId != null && (selection == null || selection.contains(platformId));
    }

    String name(String platformId) {
        Platform p = platforms.get(platformId);
        return p == null ? platformId : p.name();
    }

    String colour(String platformId) {
        return palette.colour(platformId);
    }

    /** Registry order of a platform (unknown ids last), to list platforms the same way in every chart. */
    int order(String platformId) {
        int i = 0;
        for (String id : platforms.keySet()) {
            if (id.equals(platformId)) {
                return i;
            }
            i++;
        }
        return i;
    }

    List<Fact> facts() throws DataException {
        return reads.facts();
    }

    /** The original productions. */
    List<fr.vodcompare.model.Original> originals() throws DataException {
        return reads.originals();
    }

    /** Every platform's current catalogue against every quota rule (of {@link #quotas()}), counted once for the charts read together. */
    List<fr.vodcompare.analysis.Quotas.PlatformQuotas> quotaResults(fr.vodcompare.analysis.Quotas.Inputs inputs) throws DataException {
        return reads.quotas(territory, inputs);
    }


    /** Netflix's weekly Top 10 lists, through the analyses. */
    Top10Analysis top10() {
        return reads.data().top10();
    }

    CatalogueBreakdowns breakdowns() {
        return reads.data().breakdowns(territory);
    }

    /** Reads the quota rules and country table (null when the service has none). */
    interface QuotaInputs {
        fr.vodcompare.analysis.Quotas.Inputs get() throws DataException;
    }

    /** The quota rules and country table, or null when the service was built without them. */
    fr.vodcompare.analysis.Quotas.Inputs quotas() throws DataException {
        return quotas == null ? null : quotas.get();
    }

    /** The territory the user chose, or null for each platform's newest snapshot. */
    String territory() {
        return territory;
    }

    /** The source of a platform's catalogue file as its import named it, or null. */
    String catalogueSource(String platformId) throws DataException {
        return reads.snapshots(territory).stream().filter(s -> s.platformId().equals(platformId)).findFirst()
                .map(CurrentSnapshot::sourceName).orElse(null);
    }

    /** The newest snapshot of each shown platform. */
    List<CurrentSnapshot> snapshots() throws DataException {
        return reads.snapshots(territory).stream().filter(s -> shown(s.platformId())).toList();
    }
}
