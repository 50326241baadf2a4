package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Audience reach: the CNC's share of VOD users who used each platform, per survey period.
 *
 * @param facts one per platform and period, oldest first
 */
public record AudienceReach(List<Fact> facts) {
    public static final String METRIC = "platform_reach_among_vod_consumers";

    /** From every fact of the store (only the reach figures are kept). */
    public static AudienceReach of(List<Fact> all) {
        return new AudienceReach(Facts.perPlatform(all, f -> METRIC.equals(f.metric())));
    }

    public String latestPeriod() {
        return Facts.latestPeriod(facts);
    }

    public List<Fact> inPeriod(String period) {
        return Facts.inPeriod(facts, period);
    }

    /** Each platform's figures over time, oldest first. */
    public Map<String, List<Fact>> byPlatform() {
        return facts.stream().collect(Collectors.groupingBy(Fact::platformId, LinkedHashMap::new, Collectors.toList()));
    }
}
