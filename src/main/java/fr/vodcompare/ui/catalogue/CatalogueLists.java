package fr.vodcompare.ui.catalogue;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleBrowseQueries.Genre;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitleQueries;
import fr.vodcompare.store.TitleSort;
import java.util.List;
import java.util.Set;

/**
 * What the catalogue reads when it loads: the platforms with their counts, the genres when a saved genre filter needs
 * them, every snapshot, and the first page of titles for the filter the controls will give once these lists are shown,
 * read in the same background task: at start, the first page does not wait for the window's thread, busy making the
 * screen, to show the lists first. Read on a worker.
 *
 * @param genres null unless read before the first page
 * @param first  the first page and the filter and order it was read for; null when not read with the lists
 */
record CatalogueLists(List<TitleQueries.PlatformCount> counts, List<Genre> genres, List<Snapshot> snapshots,
                      CatalogueResults.Prefetched first) {

    /**
     * The controls when the load began, taken on the window's thread.
     *
     * @param controls  the filter the controls give, but the platforms and the scope
     * @param hidden    the platforms the user hid
     * @param snapshot  the snapshot chosen, or null
     * @param territory the territory chosen, or null
     */
    record Controls(TitleFilter controls, Set<String> hidden, Snapshot snapshot, String territory, TitleSort sort) {
        /** The filter the controls will give once {@code counts} and {@code all} are shown. */
        TitleFilter filter(List<TitleQueries.PlatformCount> counts, List<Snapshot> all) {
            List<String> ids = CatalogueViewModel.platformIds(counts.stream().map(TitleQueries.PlatformCount::platformId).toList(),
                    hidden);
            Snapshot chosen = snapshot == null ? null : all.stream().filter(s -> s.id() == snapshot.id()).findFirst().orElse(null);
            return CatalogueScope.apply(controls.withPlatforms(ids), chosen, territory, all);
        }
    }

    /**
     * Reads the lists, then the first page for {@code controls}; with {@code genresFirst} (a saved genre filter, which
     * needs the genre list shown first) the genre list instead of the first page.
     */
    static CatalogueLists read(TitleQueries titles, TitleBrowseQueries browse, List<Snapshot> all, Controls controls,
                               boolean genresFirst) throws StoreException {
        List<TitleQueries.PlatformCount> counts = titles.platformCounts(CatalogueScope.territory(controls.territory(), all));
        if (genresFirst) {
            return new CatalogueLists(counts, browse.genres(), all, null);
        }
        TitleFilter f = controls.filter(counts, all);
        return new CatalogueLists(counts, null, all, new CatalogueResults.Prefetched(f, controls.sort(),
                CatalogueResults.firstPage(browse, f, controls.sort())));
    }
}
