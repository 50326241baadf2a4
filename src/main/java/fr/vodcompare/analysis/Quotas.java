package fr.vodcompare.analysis;

import fr.vodcompare.model.CountryTable;
import fr.vodcompare.model.QuotaRule;
import fr.vodcompare.store.CatalogueStatsQueries;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.TitleCountryQueries;
import fr.vodcompare.store.TitleCountryQueries.TitleCountries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each platform's current catalogue is from each quota rule, from the titles' production
 * countries. Over the titles in the rule's scope: {@code unknown} have no country (or only countries whose
 * status is not known) and are left out of the share; {@code qualifying} are European (one European
 * country is enough: co-productions count) or, for French original expression, have France among their
 * countries (an approximation: the catalogues carry no language); the share is qualifying ÷ (titles −
 * unknown); {@code gapTitles} is the fewest qualifying titles to add for the share to reach the threshold.
 */
public final class Quotas {
    private Quotas() {
    }

    /** The rules and the country table they are counted with (from {@code data/quotas.csv} and {@code data/countries.csv}). */
    public record Inputs(List<QuotaRule> rules, CountryTable countries) {
    }

    /** One rule on one platform. {@code sharePct} is null when no title in scope has a known country. */
    public record RuleResult(QuotaRule rule, int titles, int qualifying, int unknown, Double sharePct, int gapTitles) {
    }

    /** One platform's current snapshot and its results, rule by rule. */
    public record PlatformQuotas(String platformId, LocalDate snapshot, String territory, List<RuleResult> rules) {
    }

    /** Every platform with a current catalogue (or only {@code platformId} when not null). Runs on the calling thread (JDBC). */
    public static List<PlatformQuotas> of(Store store, String territory, String platformId, List<QuotaRule> rules,
                                          CountryTable countries) throws StoreException {
        Map<String, List<TitleCountries>> byPlatform = new HashMap<>();
        for (TitleCountries t : new TitleCountryQueries(store.database()).current(territory)) {
            byPlatform.computeIfAbsent(t.platformId(), k -> new ArrayList<>()).add(t);
        }
        List<PlatformQuotas> out = new ArrayList<>();
        for (fr.vodcompare.model.CurrentSnapshot s : new CatalogueStatsQueries(store.database(), territory).currentSnapshots()) {
            if (platformId != null && !platformId.equals(s.platformId())) {
                continue;
            }
            out.add(new PlatformQuotas(s.platformId(), s.asOf(), s.territory(),
                    count(byPlatform.getOrDefault(s.platformId(), List.of()), rules, countries)));
        }
        return out;
    }

    /** One rule over one platform's titles (pure: no I/O). */
    public static RuleResult count(List<TitleCountries> titles, QuotaRule rule, CountryTable countries) {
        return count(titles, List.of(rule), countries).get(0);
    }

    /** Each rule over one platform's titles, in the rules' order, each title's countries looked up once (pure: no I/O). */
    public static List<RuleResult> count(List<TitleCountries> titles, List<QuotaRule> rules, CountryTable countries) {
        int[] inScope = new int[rules.size()];
        int[] qualifying = new int[rules.size()];
        int[] unknown = new int[rules.size()];
        // the same country list comes back with each kind and platform: each list looked up in the table once
        Map<List<String>, CountryTable.European> statusOf = new HashMap<>();
        for (TitleCountries t : titles) {
            int n = t.titles();
            CountryTable.European status = statusOf.computeIfAbsent(t.countries(), countries::ofTitle);
            boolean french = false;
            for (String c : t.countries()) {
                french |= c.equalsIgnoreCase("France");
            }
            for (int i = 0; i < rules.size(); i++) {
                QuotaRule rule = rules.get(i);
                if (!rule.scope().includes(t.kind())) {
                    continue;
                }
                inScope[i] += n;
                boolean qualifies = rule.qualifies() == QuotaRule.Qualifies.FRENCH ? french : status == CountryTable.European.YES;
                if (qualifies) {
                    qualifying[i] += n;
                } else if (t.countries().isEmpty()
                        || (rule.qualifies() == QuotaRule.Qualifies.EUROPEAN && status == CountryTable.European.UNKNOWN)) {
                    unknown[i] += n;
                }
            }
        }
        List<RuleResult> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            int known = inScope[i] - unknown[i];
            Double share = known == 0 ? null : 100.0 * qualifying[i] / known;
            out.add(new RuleResult(rules.get(i), inScope[i], qualifying[i], unknown[i], share,
                    gap(qualifying[i], known, rules.get(i).thresholdPct())));
        }
        return out;
    }

    /**
     * The fewest qualifying titles n to add so that (qualifying + n) ÷ (known + n) reaches {@code thresholdPct}:
     * n = ⌈(t·known − 100·qualifying) ÷ (100 − t)⌉, 0 when the share is already met.
     */
    static int gap(int qualifying, int known, double thresholdPct) {
        double need = thresholdPct * known - 100.0 * qualifying;
        if (need <= 0) {
            return 0;
        }
        return (int) Math.ceil(need / (100.0 - thresholdPct) - 1e-9);
    }
}
