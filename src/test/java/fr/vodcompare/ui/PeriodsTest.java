package fr.vodcompare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {
    @ParameterizedTest(name = "{0} is at {1}")
    @CsvSource(textBlock = """
            2020,            2020.5
            2019-02,         2019.125
            2020-Q1,         2020.125
            2017-12-31,      2017.9986
            2021-07/2023-12, 2022.75
            2020-autumn,     2020.7917
            """)
    void placesThePeriodsOfTheSourcesInTime(String period, double at) {
        assertThat(Periods.at(period).getAsDouble()).isCloseTo(at, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void periodsItCannotPlaceAreEmptyAndLast() {
        assertThat(Periods.at("")).isEmpty();
        assertThat(Periods.at("soon")).isEmpty();
        List<String> p = new ArrayList<>(List.of("2019", "", "2021-10", "2022"));
        p.sort(Periods.NEWEST_FIRST);
        assertThat(p).containsExactly("2022", "2021-10", "2019", "");
    }

    @Test
    void namesMonthsInTheUsersLanguageThroughTheOneFormatter() {
        Messages fr = Messages.of(Locale.FRANCE);
        Messages en = Messages.of(Locale.UK);
        assertThat(fr.period("2021-10")).isEqualTo("oct. 2021");
        assertThat(en.period("2021-10")).isEqualTo("Oct 2021");
        assertThat(fr.period("2022")).isEqualTo("2022");
        assertThat(fr.period("2020-autumn")).isEqualTo("automne 2020");
        assertThat(fr.period("2020-Q1")).isEqualTo("T1 2020");
        assertThat(en.period("2021-07/2023-12")).isEqualTo("Jul 2021 \u2013 Dec 2023");
        assertThat(fr.period("2017-12-31")).isEqualTo(new fr.vodcompare.chart.ChartTexts(Locale.FRENCH).period("2017-12-31"));
    }
}
