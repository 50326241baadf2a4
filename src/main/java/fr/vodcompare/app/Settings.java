package fr.vodcompare.app;

import fr.vodcompare.ui.catalogue.CatalogueState;
import java.util.List;

/**
 * What the app remembers between runs, as written to {@code settings.json} in the data folder.
 * Every field may be missing (an older or hand-edited file): null means "the default".
 *
 * @param language  "fr" or "en"; null follows the system
 * @param screen    the last screen shown
 * @param compare   the platforms compared
 */
public record Settings(Double width, Double height, Double x, Double y, Boolean maximized, String language, Boolean dark,
                       String screen, CatalogueState catalogue, List<String> compare) {
    public static final Settings DEFAULT = new Settings(null, null, null, null, null, null, null, null, null, null);
}
