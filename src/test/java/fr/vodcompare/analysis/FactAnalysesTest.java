package fr.vodcompare.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Fact;
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            source says "près de 55 %" (approx.)          | 55  | APPROXIMATE
            "ne dépassait pas 10%" (upper bound)          | 10  | AT_MOST
            "moins de 6%"; EU average                     | 6   | AT_MOST
            ">20%" European average                        | 20  | AT_LEAST
            "plus de 4000 films"                           | 4000| AT_LEAST
            +0.8 pt year on year                           | 63.8| EXACT
            below the AVMSD 30% minimum per NPA counts     | 27  | EXACT
            ''                                             | 37  | EXACT
            """)
    void qualifiersComeFromTheNote(String note, String value, Qualifier expected) {
        Fact f = fact("m", "netflix", "2019", 1, 1, value, "%", "X", note);
        assertThat(Qualifier.of(f)).isEqualTo(expected);
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
    void contentSpendPrefersIhsMarkitAndKeepsTheOtherEstimate() {
        Fact jp = fact("content_spend_global", "prime_video", "2018", 5, 5, "5", "billion USD", "JP Morgan analyst", null);
        Fact ihs = fact("content_spend_global", "prime_video", "2018", 4.5, 4.5, "4.5", "billion USD", "IHS Markit; x", null);
        Fact range = fact("content_spend_global", "netflix", "2018", 7, 8, "7-8", "billion USD", "IHS Markit; x", null);
        ContentSpend spend = ContentSpend.of(List.of(jp, ihs, range));
        assertThat(spend.shown()).containsExactlyInAnyOrder(ihs, range);
        assertThat(spend.alternatives()).containsExactly(jp);
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
