package fr.vodcompare.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vodcompare.ingest.ImportException;
import fr.vodcompare.ingest.QuotaData;
import fr.vodcompare.model.CountryTable;
import fr.vodcompare.model.CountryTable.European;
import fr.vodcompare.model.Kind;
import fr.vodcompare.model.QuotaRule;
import fr.vodcompare.store.TitleCountryQueries.TitleCountries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotasTest {
    private static final CountryTable COUNTRIES = new CountryTable(List.of(
            new CountryTable.Country("France", "FR", European.YES, "EU"),
            new CountryTable.Country("Germany", "DE", European.YES, "EU"),
            new CountryTable.Country("West Germany", "DE", European.YES, "historical"),
            new CountryTable.Country("Norway", "NO", European.YES, "ETS 132"),
            new CountryTable.Country("United States", "US", European.NO, "not European"),
            new CountryTable.Country("India", "IN", European.NO, "not European"),
            new CountryTable.Country("Serbia", "RS", European.UNKNOWN, "not verified")));

    /**
     * Ten titles, by hand: films F1–F6, series S1–S4.
     * F1 France; F2 United States, Germany (co-production: European); F3 United States; F4 no country;
     * F5 India; F6 Serbia (status unknown); S1 West Germany; S2 United States; S3 France, United States;
     * S4 no country.
     */
    private static final List<TitleCountries> TITLES = List.of(
            t(Kind.FILM, "France"), t(Kind.FILM, "United States", "Germany"), t(Kind.FILM, "United States"), t(Kind.FILM),
            t(Kind.FILM, "India"), t(Kind.FILM, "Serbia"), t(Kind.SERIES, "West Germany"), t(Kind.SERIES, "United States"),
            t(Kind.SERIES, "France", "United States"), t(Kind.SERIES));

    private static TitleCountries t(Kind kind, String... countries) {
        return new TitleCountries("p", kind, Arrays.asList(countries));
    }

    /**
     * all/european: 10 titles; European F1 F2 S1 S3 = 4; unknown F4 F6 S4 = 3; share 4/7 = 57.14 %.
     * films/european at 60 %: 6 titles; F1 F2 = 2; unknown F4 F6 = 2; 2/4 = 50 %; gap: (2+n)/(4+n) ≥ 0.6 → n = 1.
     * series/european at 60 %: 4; S1 S3 = 2; unknown S4 = 1; 2/3 = 66.67 %; gap 0.
     * films/french at 40 %: 6; F1 = 1; unknown only F4 (Serbia is known not French) = 1; 1/5 = 20 %;
     * gap (1+n)/(5+n) ≥ 0.4 → n ≥ 1.67 → 2.
     * series/french at 40 %: 4; S3 = 1; unknown S4 = 1; 1/3 = 33.33 %; gap (1+n)/(3+n) ≥ 0.4 → n ≥ 0.33 → 1.
     * all/european at 30 % with the same 4 of 7: met, gap 0.
     */
    @ParameterizedTest(name = "{0} {1} {2} %")
    @CsvSource(textBlock = """
            all,    european, 60, 10, 4, 3, 57.1429, 1
            all,    european, 30, 10, 4, 3, 57.1429, 0
            films,  european, 60,  6, 2, 2, 50.0,    1
            series, european, 60,  4, 2, 1, 66.6667, 0
            films,  french,   40,  6, 1, 1, 20.0,    2
            series, french,   40,  4, 1, 1, 33.3333, 1
            """)
    void quotaArithmeticOnAHandCountedFixture(String scope, String qualifies, double threshold, int titles, int qualifying,
                                              int unknown, double share, int gap) {
        QuotaRule rule = new QuotaRule("R", threshold, QuotaRule.Scope.valueOf(scope.toUpperCase()),
                QuotaRule.Qualifies.valueOf(qualifies.toUpperCase()), "", "", "", "");
        Quotas.RuleResult r = Quotas.count(TITLES, rule, COUNTRIES);
        assertThat(List.of(r.titles(), r.qualifying(), r.unknown(), r.gapTitles())).containsExactly(titles, qualifying, unknown, gap);
        assertThat(r.sharePct()).isCloseTo(share, within(0.001));
    }

    /** Every rule counted in one pass (as the dashboard counts them) gives, rule by rule, what each rule counted alone gives. */
    @Test
    void rulesCountedTogetherAreEachRuleCountedAlone() {
        List<QuotaRule> rules = new ArrayList<>();
        for (QuotaRule.Scope scope : QuotaRule.Scope.values()) {
            for (QuotaRule.Qualifies q : QuotaRule.Qualifies.values()) {
                rules.add(new QuotaRule(scope + "_" + q, 40, scope, q, "", "", "", ""));
            }
        }
        List<Quotas.RuleResult> together = Quotas.count(TITLES, rules, COUNTRIES);
        assertThat(together).hasSize(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            assertThat(together.get(i)).as(rules.get(i).id()).isEqualTo(Quotas.count(TITLES, rules.get(i), COUNTRIES));
        }
        // not all alike: a mix-up of two rules would show
        assertThat(together.stream().map(r -> List.of(r.titles(), r.qualifying(), r.unknown())).distinct()).hasSizeGreaterThan(3);
    }

    @ParameterizedTest(name = "{0} of {1} at {2} % -> {3}")
    @CsvSource(textBlock = """
            0,  0, 30, 0
            0, 10, 30, 5
            3, 10, 30, 0
            2, 10, 30, 2
            1872, 7939, 30, 729
            """)
    void gapIsTheFewestQualifyingTitlesToAdd(int qualifying, int known, double threshold, int gap) {
        // 0 of 10 at 30 %: n/(10+n) >= 0.3 -> n >= 4.29 -> 5; 2 of 10: (2+n)/(10+n) >= 0.3 -> n >= 1.43 -> 2;
        // Netflix: (1872+n)/(7939+n) >= 0.3 -> n >= (2381.7-1872)/0.7 = 728.1 -> 729
        assertThat(Quotas.gap(qualifying, known, threshold)).isEqualTo(gap);
        if (gap > 0) {
            assertThat(100.0 * (qualifying + gap) / (known + gap)).isGreaterThanOrEqualTo(threshold);
            assertThat(100.0 * (qualifying + gap - 1) / (known + gap - 1)).isLessThan(threshold);
        }
    }

    @Test
    void noKnownCountryGivesNoShare() {
        QuotaRule rule = new QuotaRule("R", 30, QuotaRule.Scope.ALL, QuotaRule.Qualifies.EUROPEAN, "", "", "", "");
        Quotas.RuleResult r = Quotas.count(List.of(t(Kind.FILM), t(Kind.SERIES, "Serbia")), rule, COUNTRIES);
        assertThat(r.sharePct()).isNull();
        assertThat(r.unknown()).isEqualTo(2);
    }

    /** The bundled table names every country the bundled catalogues write, historical names included. */
    @Test
    void theBundledCountryTableCoversTheCatalogues() throws Exception {
        QuotaData.Loaded data = QuotaData.load();
        assertThat(data.rules()).extracting(r -> r.id() + " " + r.thresholdPct() + " " + r.scope())
                .containsExactly("AVMSD 30.0 ALL", "SMAD_EUROPEAN_FILMS 60.0 FILMS", "SMAD_EUROPEAN_SERIES 60.0 SERIES",
                        "SMAD_FRENCH_FILMS 40.0 FILMS", "SMAD_FRENCH_SERIES 40.0 SERIES");
        CountryTable c = data.countries();
        assertThat(c.european("West Germany")).isEqualTo(European.YES);
        assertThat(c.european("Soviet Union")).isEqualTo(European.UNKNOWN);
        assertThat(c.european("Russia")).isEqualTo(European.UNKNOWN);
        assertThat(c.european("United States")).isEqualTo(European.NO);
        List<String> missing = new ArrayList<>();
        for (String file : List.of("data/catalogues/netflix_titles.csv", "data/catalogues/amazon_prime_titles.csv")) {
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
                var table = fr.vodcompare.ingest.CsvTable.read(file, in, fr.vodcompare.ingest.CsvOptions.DEFAULT);
                for (var row : table.rows()) {
                    for (String country : fr.vodcompare.model.Normalise.commaList(table.get(row, "country").orElse(""))) {
                        if (!c.has(country) && !missing.contains(country)) {
                            missing.add(country);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
