package fr.vodcompare.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxesTest {
    @Test
    void aLongCategoryIsSaidOnTwoLinesAfterItsArrowAShortOneOnOne() {
        assertThat(Axes.twoLines("Netflix: 30 November 2019 → 25 September 2021"))
                .isEqualTo("Netflix: 30 November 2019 →\n25 September 2021");
        assertThat(Axes.twoLines("Netflix\u202f: 30 novembre 2019 → 25 septembre 2021"))
                .isEqualTo("Netflix\u202f: 30 novembre 2019 →\n25 septembre 2021");
        assertThat(Axes.twoLines("Prime Video")).isEqualTo("Prime Video");
        assertThat(Axes.twoLines("Amazon Prime Video France catalogue size")).isEqualTo("Amazon Prime Video\nFrance catalogue size");
        assertThat(Axes.twoLines("Averyveryverylongwordwithoutanyspaceatallinit")).isEqualTo("Averyveryverylongwordwithoutanyspaceatallinit");
    }
}
