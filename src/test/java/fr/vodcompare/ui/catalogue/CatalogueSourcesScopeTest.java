package fr.vodcompare.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ui.Messages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A catalogue's scope in words, with or without a source's name (a user's import may have none). */
class CatalogueSourcesScopeTest {
    private static final LocalDate APRIL_28 = LocalDate.of(2021, 4, 28);

    @Test
    void aCatalogueWithoutASourcesNameLeavesNoEmptyPlace() {
        assertThat(CatalogueSources.scope(Messages.of(Locale.FRANCE), "Big VOD", null, APRIL_28, "FR"))
                .isEqualTo("Big VOD, au 28 avr. 2021, territoire FR");
        assertThat(CatalogueSources.scope(Messages.of(Locale.ENGLISH), "Big VOD", " ", APRIL_28, "FR"))
                .isEqualTo("Big VOD, as of 28 Apr 2021, territory FR");
    }

    @Test
    void aCatalogueRecordedUnderItsPlatformsNameSaysItOnce() {
        assertThat(CatalogueSources.scope(Messages.of(Locale.ENGLISH), "Bench VOD", "Bench VOD", APRIL_28, "FR"))
                .isEqualTo("Bench VOD, as of 28 Apr 2021, territory FR");
    }

    @Test
    void aSourcesNameIsSaidAfterThePlatform() {
        assertThat(CatalogueSources.scope(Messages.of(Locale.ENGLISH), "Netflix", "Kaggle", APRIL_28, "FR"))
                .isEqualTo("Netflix, Kaggle, as of 28 Apr 2021, territory FR");
    }
}
