package fr.vodcompare.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.FactStatus;
import fr.vodcompare.model.Qualifier;
import fr.vodcompare.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactAnalysesTest {
    private static Fact fact(String metric, String platform, String period, double low, double high, String text,
                             String unit, String citation, String note) {
        return new Fact(0, metric, platform, platform, period, low, high, text, unit, new Source(citation, null), note);
    }

    /** A figure with its meaning as columns; the citation says nothing of it, on purpose. */
    private static Fact meant(String metric, String platform, String period, double value, String unit, FactStatus status,
                              String scope, String publisher) {
        return new Fact(0, metric, platform, platform, period, value, value, String.valueOf(value), unit,
                new Source("Some report; reported by Some paper", null), null, status, Qualifier.EXACT, scope, publisher);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2017-09,     2017.7083
            2022,        2022.5
            2020-Q1,     2020.125
            2017-12-31,  2017.9986
            """)
    void periodsSitAtTheirMiddleOnATimeAxis(String text, double year) {
        assertThat(Period.parse(text).orElseThrow().decimalYear()).isCloseTo(year, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void periodsWithoutAKnownShapeAreNotParsed() {
        assertThat(Period.parse("2021-07/2023-12")).isEmpty();
        assertThat(Period.parse("")).isEmpty();
    }

    @Test
    void contentSpendShowsThePublisherMostFiguresComeFromAndKeepsTheOtherEstimate() {
        Fact jp = meant(ContentSpend.METRIC, "prime_video", "2018", 5, "billion USD", FactStatus.ESTIMATE, "world", "JP Morgan");
        Fact ihs = meant(ContentSpend.METRIC, "prime_video", "2018", 4.5, "billion USD", FactStatus.ESTIMATE, "world", "IHS Markit");
        Fact range = meant(ContentSpend.METRIC, "netflix", "2018", 7, "billion USD", FactStatus.ESTIMATE, "world", "IHS Markit");
        ContentSpend spend = ContentSpend.of(List.of(jp, ihs, range));
        assertThat(spend.shown()).containsExactlyInAnyOrder(ihs, range);
        assertThat(spend.alternatives()).containsExactly(jp);
        // the same figures, the other publisher more frequent: its figure is shown; the citation plays no part
        Fact jp2 = meant(ContentSpend.METRIC, "netflix", "2019", 9, "billion USD", FactStatus.ESTIMATE, "world", "JP Morgan");
        Fact jp3 = meant(ContentSpend.METRIC, "netflix", "2020", 10, "billion USD", FactStatus.ESTIMATE, "world", "JP Morgan");
        assertThat(ContentSpend.of(List.of(jp, ihs, range, jp2, jp3)).shown()).contains(jp).doesNotContain(ihs);
    }

    @Test
    void catalogueSizeKeepsPublishedCountsByTheirColumnsNotTheirCitation() {
        Fact official = meant(CatalogueSize.METRIC, "netflix", "2017-09", 2905, "titles", FactStatus.OFFICIAL, "FR", "CNC");
        Fact estimate = meant(CatalogueSize.METRIC, "netflix", "2016-02", 2000, "titles", FactStatus.ESTIMATE, "FR", "uNoGS");
        Fact elsewhere = meant(CatalogueSize.METRIC, "netflix", "2018-01", 5000, "titles", FactStatus.OFFICIAL, "world", "CNC");
        Fact unstated = meant(CatalogueSize.METRIC, "prime_video", "2023-01", 400, "titles", FactStatus.NOT_STATED, null, null);
        assertThat(CatalogueSize.of(List.of(), List.of(official, estimate, elsewhere, unstated)).published())
                .containsExactly(official, unstated);
    }

    @Test
    void europeanWorksLeaveOutFiguresStatedForAnotherTerritoryOnly() {
        Fact eu = meant(CatalogueShares.EUROPEAN_WORKS, "disney_plus", "2020-autumn", 6, "% of catalogue",
                FactStatus.NOT_STATED, "EU", "Variety");
        Fact france = meant(CatalogueShares.EUROPEAN_WORKS, "netflix", "2021-08", 27, "% of catalogue (EU average)",
                FactStatus.NOT_STATED, "FR", "NPA Conseil");
        Fact unstated = meant(CatalogueShares.EUROPEAN_WORKS, "netflix", "2018-07", 15, "% of titles",
                FactStatus.NOT_STATED, null, "Ampere Analysis");
        assertThat(CatalogueShares.of(List.of(eu, france, unstated)).europeanWorks()).containsExactly(unstated, france);
    }

    @Test
    void reachKeepsOneFigurePerPlatformAndPeriodInTimeOrder() {
        Fact a = fact(AudienceReach.METRIC, "netflix", "2019-02", 55, 55, "55", "%", "CNC", null);
        Fact b = fact(AudienceReach.METRIC, "netflix", "2017-09", 37, 37, "37", "%", "CNC", null);
        Fact c = fact(AudienceReach.METRIC, "prime_video", "2017-09", 9, 9, "9", "%", "CNC", null);
        AudienceReach reach = AudienceReach.of(List.of(a, b, c));
        assertThat(reach.facts()).containsExactly(b, c, a);
        assertThat(reach.latestPeriod()).isEqualTo("2019-02");
        assertThat(reach.byPlatform().get("netflix")).containsExactly(b, a);
    }
}
