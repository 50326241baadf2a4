package fr.vodcompare.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.analysis.KeyFigures.Computed;
import fr.vodcompare.analysis.KeyFigures.Data;
import fr.vodcompare.analysis.KeyFigures.Figure;
import fr.vodcompare.analysis.KeyFigures.Type;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Original;
import fr.vodcompare.model.Platform;
import fr.vodcompare.model.Source;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compare's key figures from a small hand-made data set: which sourced figures are the newest, and what the app counts. */
class KeyFiguresTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 9, 25);

    private static Fact fact(String metric, String platform, String period, String value, String citation) {
        return new Fact(0, metric, platform, platform, period, Double.valueOf(value), Double.valueOf(value), value, "titles",
                new Source(citation, null), null);
    }

    private static Original original(String platform, String title, String status) {
        return new Original(0, platform, title, Kind.SERIES, status, 2021, new Source("Netflix press", null));
    }

    private static final String SIZE = Type.CATALOGUE_SIZE.metric();

    private static Data data(List<Fact> facts) {
        return new Data(facts,
                List.of(new TitleQueries.PlatformCount("netflix", "Netflix", AS_OF, "FR", 8807, 6131, 2676)),
                List.of(new TitleBrowseQueries.Origins("netflix", 8807, 7976, 393, 2000)),
                List.of(original("netflix", "Lupin", "released"), original("netflix", "Marseille", "released"),
                        original("netflix", "Next one", "announced"), original("prime_video", "LOL", "released")),
                Map.of("netflix", "Kaggle: Netflix Movies and TV Shows"));
    }

    @Test
    void theNewestPeriodWinsAndEverySourceOfItIsKept() {
        Fact old = fact(SIZE, "netflix", "2016-02", "2000", "uNoGS");
        Fact a = fact(SIZE, "netflix", "2017-09", "2905", "CNC");
        Fact b = fact(SIZE, "netflix", "2017-09", "2900", "Other paper");
        Fact other = fact(SIZE, "prime_video", "2022", "9000", "Someone");
        assertThat(KeyFigures.latest(List.of(old, a, other, b), SIZE, "netflix")).containsExactly(a, b);
        assertThat(KeyFigures.latest(List.of(old, a, other, b), SIZE, "disney_plus")).isEmpty();
    }

    @Test
    void periodsWrittenDifferentlyAtTheSameTimeAreOnePeriodAndRangesSitAtTheirMiddle() {
        // 2020 (a year) and 2020-01/2020-12 (a range) both sit in the middle of 2020; 2019-06/2020-09 ends later but sits earlier
        Fact year = fact(SIZE, "netflix", "2020", "10", "A");
        Fact range = fact(SIZE, "netflix", "2020-01/2020-12", "11", "B");
        Fact longRange = fact(SIZE, "netflix", "2019-06/2020-09", "12", "C");
        Fact unplaced = fact(SIZE, "netflix", "autumn last year", "13", "D");
        assertThat(KeyFigures.latest(List.of(longRange, unplaced, year, range), SIZE, "netflix"))
                .containsExactlyInAnyOrder(year, range);
        assertThat(KeyFigures.latest(List.of(unplaced, longRange), SIZE, "netflix")).containsExactly(longRange);
        assertThat(KeyFigures.at("2020-spring")).hasValueCloseTo(2020 + 3.5 / 12, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(KeyFigures.at("2021-07/2023-12")).hasValueCloseTo((2021 + 6.5 / 12 + 2023 + 11.5 / 12) / 2,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(KeyFigures.at("not a period")).isEmpty();
    }

    @Test
    void theAppCountsTheCatalogueTheFrenchShareAndTheReleasedOriginals() {
        Data d = data(List.of(fact(SIZE, "netflix", "2017-09", "2905", "CNC")));
        Figure size = KeyFigures.of(Type.CATALOGUE_SIZE, "netflix", d);
        assertThat(size.facts()).extracting(Fact::valueText).containsExactly("2905");
        assertThat(size.computed()).isEqualTo(new Computed(8807, 0, "Kaggle: Netflix Movies and TV Shows", AS_OF));
        Computed french = KeyFigures.of(Type.FRENCH_SHARE, "netflix", d).computed();
        assertThat(french.value()).isEqualTo(393);
        assertThat(french.of()).isEqualTo(7976);
        assertThat(french.percent()).isCloseTo(100.0 * 393 / 7976, org.assertj.core.data.Offset.offset(1e-9)); // 4.93 %
        Computed originals = KeyFigures.of(Type.ORIGINALS, "netflix", d).computed();
        assertThat(originals.value()).isEqualTo(2); // Lupin and Marseille released, one announced; Prime Video's not counted
        assertThat(originals.of()).isEqualTo(3);
        assertThat(KeyFigures.of(Type.REACH, "netflix", d).isEmpty()).isTrue();
        assertThat(KeyFigures.of(Type.CATALOGUE_SIZE, "disney_plus", d).isEmpty()).isTrue();
    }

    @Test
    void onlyPlatformsWithAFigureOrACatalogueAreCompared() {
        Data d = data(List.of(fact(SIZE, "prime_video", "2022", "9000", "Someone")));
        List<Platform> all = List.of(new Platform("disney_plus", "Disney+", null, null, null, null),
                new Platform("netflix", "Netflix", null, null, null, null), new Platform("prime_video", "Prime Video", null, null, null, null));
        assertThat(d.withData(all)).extracting(Platform::id).containsExactly("netflix", "prime_video");
    }
}
