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
    void namesMonthsInTheUsersLanguage() {
        assertThat(Periods.label("2021-10", Locale.FRANCE)).isEqualTo("oct. 2021");
        assertThat(Periods.label("2021-10", Locale.UK)).isEqualTo("Oct 2021");
        assertThat(Periods.label("2022", Locale.FRANCE)).isEqualTo("2022");
        assertThat(Periods.label("2020-autumn", Locale.FRANCE)).isEqualTo("automne 2020");
        assertThat(Periods.label("2020-Q1", Locale.FRANCE)).isEqualTo("T1 2020");
        assertThat(Periods.label("2021-07/2023-12", Locale.UK)).isEqualTo("Jul 2021 – Dec 2023");
    }
}
