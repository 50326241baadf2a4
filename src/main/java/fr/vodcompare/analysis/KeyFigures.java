package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Original;
import fr.vodcompare.model.Platform;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The key figures of a platform (Compare's top row): the newest sourced figure of its metric (all the
 * sources of that period, when they differ) and, where the app can count it, the same figure computed
 * from the imported data, with what it was computed from. Pure functions over the data
 * {@link MarketData#keyFigureData()} reads.
 */
public final class KeyFigures {
    /** The figures on top of the Compare screen. */
    public enum Type {
        CATALOGUE_SIZE("catalogue_size_titles"),
        FRENCH_SHARE("catalogue_share_french_titles"),
        ORIGINALS("french_originals_count"),
        REACH("platform_reach_among_vod_consumers"),
        SPEND("content_spend_global");

        private final String metric;

        Type(String metric) {
            this.metric = metric;
        }

        /** The metric of the sourced figure. */
        public String metric() {
            return metric;
        }
    }

    /**
     * A figure the app counted itself.
     *
     * @param value  what was counted (titles; French titles; released originals)
     * @param of     out of how many (titles with a known country; all originals listed), 0 when not a share
     * @param basis  what it was counted from (the catalogue's source name), or null
     * @param asOf   the date of the catalogue counted, or null
     */
    public record Computed(long value, long of, String basis, LocalDate asOf) {
        public double percent() {
            return of == 0 ? 0 : 100.0 * value / of;
        }
    }

    /** One key figure of one platform: sourced facts of the newest period (may be empty) and what the app counted. */
    public record Figure(Type type, String platformId, List<Fact> facts, Computed computed) {
        public boolean isEmpty() {
            return facts.isEmpty() && computed == null;
        }
    }

    /** Everything the figures are made from. */
    public record Data(List<Fact> facts, List<TitleQueries.PlatformCount> counts, List<TitleBrowseQueries.Origins> origins,
                       List<Original> originals, Map<String, String> snapshotSources) {
        /** The platforms that have a sourced figure or a current catalogue, in the order given. */
        public List<Platform> withData(List<Platform> platforms) {
            return platforms.stream().filter(p -> facts.stream().anyMatch(f -> p.id().equals(f.platformId()))
                    || counts.stream().anyMatch(c -> c.platformId().equals(p.id()))).toList();
        }
    }

    /** Newest first; periods that cannot be placed last. */
    private static final Comparator<String> NEWEST_FIRST = Comparator.comparingDouble(
            (String p) -> -at(p).orElse(Double.NEGATIVE_INFINITY)).thenComparing(Comparator.reverseOrder());

    private KeyFigures() {
    }

    public static Figure of(Type type, String platformId, Data d) {
        List<Fact> latest = latest(d.facts(), type.metric(), platformId);
        return new Figure(type, platformId, latest, computed(type, platformId, d));
    }

    private static Computed computed(Type type, String platformId, Data d) {
        switch (type) {
            case CATALOGUE_SIZE:
                return d.counts().stream().filter(c -> c.platformId().equals(platformId)).findFirst()
                        .map(c -> new Computed(c.titles(), 0, d.snapshotSources().get(platformId), c.asOf())).orElse(null);
            case FRENCH_SHARE:
                LocalDate asOf = d.counts().stream().filter(c -> c.platformId().equals(platformId)).map(TitleQueries.PlatformCount::asOf)
                        .findFirst().orElse(null);
                return d.origins().stream().filter(o -> o.platformId().equals(platformId) && o.withCountry() > 0).findFirst()
                        .map(o -> new Computed(o.france(), o.withCountry(), d.snapshotSources().get(platformId), asOf)).orElse(null);
            case ORIGINALS:
                List<Original> mine = d.originals().stream().filter(o -> o.platformId().equals(platformId)).toList();
                long released = mine.stream().filter(o -> "released".equals(o.status())).count();
                return mine.isEmpty() ? null : new Computed(released, mine.size(), null, null);
            default:
                return null;
        }
    }

    /** The facts of a metric for a platform from its newest period (several when sources differ). */
    public static List<Fact> latest(List<Fact> facts, String metric, String platformId) {
        List<Fact> mine = facts.stream().filter(f -> f.metric().equals(metric) && platformId.equals(f.platformId()))
                .collect(Collectors.toList());
        if (mine.isEmpty()) {
            return List.of();
        }
        mine.sort(Comparator.comparing(Fact::period, NEWEST_FIRST));
        OptionalDouble newest = at(mine.get(0).period());
        List<Fact> out = new ArrayList<>();
        for (Fact f : mine) {
            if (f.period().equals(mine.get(0).period()) || newest.isPresent() && at(f.period()).equals(newest)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The middle of a period on a time axis ({@link Period#decimalYear}); a range "A/B" (as "2021-07/2023-12") sits
     * halfway between the middles of A and B. Empty when the period has no shape {@link Period} knows.
     */
    static OptionalDouble at(String period) {
        if (period == null) {
            return OptionalDouble.empty();
        }
        int slash = period.indexOf('/');
        if (slash > 0) {
            OptionalDouble a = at(period.substring(0, slash));
            OptionalDouble b = at(period.substring(slash + 1));
            return a.isPresent() && b.isPresent() ? OptionalDouble.of((a.getAsDouble() + b.getAsDouble()) / 2) : OptionalDouble.empty();
        }
        return Period.parse(period).map(p -> OptionalDouble.of(p.decimalYear())).orElse(OptionalDouble.empty());
    }
}
