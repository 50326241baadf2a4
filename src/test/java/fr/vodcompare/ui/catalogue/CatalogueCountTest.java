package fr.vodcompare.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ui.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CatalogueCountTest {
    final Messages en = Messages.of(Locale.ENGLISH);
    final Messages fr = Messages.of(Locale.FRANCE);

    @Test
    void aCountPastTheCapSaysMoreThanTheCapInEnglishAndFrench() {
        CatalogueCount c = CatalogueCount.capped(CatalogueCount.CAP + 1);
        assertThat(c.precision()).isEqualTo(CatalogueCount.Precision.MORE_THAN);
        assertThat(c.text(en, 1_018_475)).isEqualTo("More than 10,000 matching titles (of 1,018,475)");
        assertThat(c.text(fr, 1_018_475).replace('\u202f', ' ').replace('\u00a0', ' '))
                .isEqualTo("Plus de 10 000 titres trouvés (sur 1 018 475)");
    }

    @Test
    void aCountUpToTheCapIsExact() {
        assertThat(CatalogueCount.capped(CatalogueCount.CAP)).isEqualTo(new CatalogueCount(10_000, CatalogueCount.Precision.EXACT));
        assertThat(CatalogueCount.capped(3).text(en, 18_475)).isEqualTo("3 matching titles (of 18,475)");
    }

    @Test
    void aFullFirstPageSaysTheCountIsOnItsWayAShorterOneIsTheCount() {
        assertThat(CatalogueCount.ofFirstPage(200, 200).text(en, 18_475))
                .isEqualTo("200 matching titles or more, counting… (of 18,475)");
        assertThat(CatalogueCount.ofFirstPage(200, 200).text(fr, 18_475).replace('\u202f', ' ').replace('\u00a0', ' '))
                .isEqualTo("200 titres trouvés ou plus, décompte en cours… (sur 18 475)");
        assertThat(CatalogueCount.ofFirstPage(12, 200)).isEqualTo(new CatalogueCount(12, CatalogueCount.Precision.EXACT));
    }
}
