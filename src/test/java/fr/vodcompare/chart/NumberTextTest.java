package fr.vodcompare.chart;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Qualifier;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {
    private static final NumberText FR = new NumberText(Locale.FRENCH);
    private static final NumberText EN = new NumberText(Locale.ENGLISH);

    @ParameterizedTest
    @CsvSource(textBlock = """
            2905,     '2\u202F905', '2,905'
            558,      '558',        '558'
            1000000,  '1\u202F000\u202F000', '1,000,000'
            """)
    void countsAreGroupedByThousands(long n, String fr, String en) {
        assertThat(FR.count(n)).isEqualTo(fr);
        assertThat(EN.count(n)).isEqualTo(en);
    }

    @Test
    void percentsFollowEachLanguage() {
        assertThat(FR.value(ValueUnit.PERCENT, 37, 1)).isEqualTo("37\u202F%");
        assertThat(EN.value(ValueUnit.PERCENT, 37, 1)).isEqualTo("37%");
        assertThat(FR.value(ValueUnit.PERCENT, 63.8, 1)).isEqualTo("63,8\u202F%");
        assertThat(EN.value(ValueUnit.PERCENT, 63.8, 1)).isEqualTo("63.8%");
    }

    @Test
    void rangesOfBillionsOfDollars() {
        assertThat(FR.range(ValueUnit.USD_BILLIONS, 7, 8, 0)).isEqualTo("7\u20138\u00A0Md$");
        assertThat(EN.range(ValueUnit.USD_BILLIONS, 7, 8, 0)).isEqualTo("$7\u20138bn");
        assertThat(FR.value(ValueUnit.USD_BILLIONS, 4.5, 1)).isEqualTo("4,5\u00A0Md$");
        assertThat(EN.value(ValueUnit.USD_BILLIONS, 4.5, 1)).isEqualTo("$4.5bn");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            69.6,    '70\u202F%',      '70%'
            7.03,    '7\u202F%',       '7%'
            4.512,   '4,5\u202F%',     '4.5%'
            0.0113,  '<\u202F0,1\u202F%', '<\u202F0.1%'
            0,       '0\u202F%',       '0%'
            """)
    void computedSharesKeepSmallOnesReadable(double v, String fr, String en) {
        assertThat(FR.share(v)).isEqualTo(fr);
        assertThat(EN.share(v)).isEqualTo(en);
    }

    @Test
    void qualifiersAreSigns() {
        assertThat(FR.qualified(Qualifier.APPROXIMATE, "55\u202F%")).isEqualTo("\u2248\u202F55\u202F%");
        assertThat(EN.qualified(Qualifier.AT_MOST, "10%")).isEqualTo("\u2264\u202F10%");
        assertThat(EN.qualified(Qualifier.EXACT, "10%")).isEqualTo("10%");
    }

    @Test
    void yearsAreNeverGrouped() {
        assertThat(FR.year(2021)).isEqualTo("2021");
    }
}
