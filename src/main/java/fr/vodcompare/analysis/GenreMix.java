package fr.vodcompare.analysis;

import fr.vodcompare.store.CatalogueStatsQueries;
import fr.vodcompare.store.StoreException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Genre mix per platform: titles in each {@link GenreGroup}, as shares of the platform's titles. */
public final class GenreMix {
    private final CatalogueStatsQueries queries;

    public GenreMix(CatalogueStatsQueries queries) {
        this.queries = queries;
    }

    /**
     * @param breakdowns one per platform; keys are {@link GenreGroup} names, a title counting once in each group
     *                   it has a label of (so counts may add up to more than the total); unknown = titles with no genre
     * @param labels     the catalogue labels grouped into each group, for the chart's notes and CSV
     */
    public record Result(List<Breakdown> breakdowns, Map<GenreGroup, List<String>> labels) {
        /** The groups ordered by their mean share across the given platforms, largest first. */
        public List<GenreGroup> groupsByMeanShare(List<Breakdown> shown) {
            List<GenreGroup> groups = new ArrayList<>(Arrays.asList(GenreGroup.values()));
            groups.sort((a, b) -> Double.compare(mean(shown, b), mean(shown, a)));
            return groups;
        }

        private static double mean(List<Breakdown> shown, GenreGroup g) {
            return shown.stream().mapToDouble(b -> b.share(g.name())).average().orElse(0);
        }
    }

    /** Runs on the calling thread (JDBC). */
    public Result compute() throws StoreException {
        Map<String, String> groupOfLabel = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<GenreGroup, List<String>> labels = new LinkedHashMap<>();
        for (String label : queries.genreNames()) {
            GenreGroup.of(label).ifPresent(g -> {
                groupOfLabel.put(label, g.name());
                labels.computeIfAbsent(g, k -> new ArrayList<>()).add(label);
            });
        }
        List<String> order = Arrays.stream(GenreGroup.values()).map(GenreGroup::name).toList();
        List<Breakdown> breakdowns = Breakdowns.of(queries.currentSnapshots(), queries.byGenreGroup(groupOfLabel),
                Breakdowns.listed(order), false);
        return new Result(breakdowns, labels);
    }
}
