package fr.vodcompare.chart;

import fr.vodcompare.analysis.MarketData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.model.Qualifier;
import fr.vodcompare.fixture.ChartFixture;
import fr.vodcompare.fixture.ChartFixture.Row;
import fr.vodcompare.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each chart built from the fixture store holds the numbers computed here from the fixture's rows. */
class ChartServiceTest {
    @TempDir
    static Path dir;
    static Store store;
    static ChartService service;

    @BeforeAll
    static void build() throws Exception {
        store = ChartFixture.create(dir);
        service = fr.vodcompare.cli.Cli.charts(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ChartSpec en(String id) throws Exception {
        return service.spec(ChartRequest.of(id, Locale.ENGLISH));
    }

    static ChartSeries series(ChartSpec spec, String key) {
        return spec.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    static ChartPoint point(ChartSpec spec, String key, String category) {
        return series(spec, key).points().stream().filter(p -> p.category().equals(category)).findFirst().orElseThrow();
    }

    static double share(String platform, Predicate<Row> which) {
        List<Row> rows = ChartFixture.rows(platform);
        return 100.0 * rows.stream().filter(which).count() / rows.size();
    }

    @Test
    void listsEveryChartWithATitleInEachLanguage() {
        assertThat(ChartService.ids()).hasSize(19).doesNotHaveDuplicates();
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            assertThat(ChartService.charts(l)).allSatisfy(c -> assertThat(c.title()).isNotBlank().doesNotContain("{"));
        }
        assertThat(ChartService.charts(Locale.FRENCH).get(0).title()).startsWith("Taille des catalogues");
    }

    @Test
    void catalogueChangesCountsWhatCameAndWentBetweenTheFixturesNetflixSnapshots() throws Exception {
        ChartSpec s = service.spec(ChartRequest.of("catalogue-changes", Locale.ENGLISH));
        // the earlier file lists every Netflix title of the later one but its last, plus one the later no longer lists
        assertThat(s.categories()).containsExactly("Netflix: 30 November 2019 → 25 September 2021");
        assertThat(s.series()).extracting(ChartSeries::name).containsExactly("Added", "No longer listed");
        assertThat(s.series().get(0).points().get(0).low()).isEqualTo(1);
        assertThat(s.series().get(1).points().get(0).low()).isEqualTo(1);
        assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("Only one snapshot, nothing to compare: Prime Video"));
        assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("no longer listed"));
    }

    @Test
    void everyChartHasTitleSubtitleSourceDateAndNoPlaceholderInBothLanguages() throws Exception {
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (String id : ChartService.ids()) {
                ChartSpec s = service.spec(ChartRequest.of(id, l));
                assertThat(List.of(s.title(), s.subtitle(), s.source(), s.dataDate())).as(id).allSatisfy(t ->
                        assertThat(t).isNotBlank().doesNotContain("{0}").doesNotContain("NaN"));
                // French puts a (non-breaking) space before the colon, English does not
                assertThat(s.source()).as(id).matches(l == Locale.FRENCH ? "(?s)Sources?[ \u00A0\u202F]: \\S.*" : "(?s)Sources?: \\S.*");
                assertThat(s.isEmpty()).as(id).isFalse();
                s.notes().forEach(n -> assertThat(n).as(id).doesNotContain("{").doesNotContain("NaN"));
            }
        }
    }

    /** The dashboard's charts computed together (one batch, shared reads) are the charts computed one by one. */
    @Test
    void chartsComputedInOneBatchAreTheChartsComputedAlone() throws Exception {
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (List<String> chosen : java.util.Arrays.asList(null, List.of("netflix"), List.of("netflix", "prime_video"))) {
                ChartService.Batch batch = service.batch();
                for (String id : ChartService.ids()) {
                    ChartRequest r = new ChartRequest(id, l, chosen, null, null);
                    assertThat(batch.spec(r)).as(id + " " + l + " " + chosen).isEqualTo(service.spec(r));
                }
            }
        }
    }

    /** Each quota chart draws, per platform, what Quotas counts (share over known countries, unknown on the label) under its threshold. */
    @Test
    void quotaChartsDrawTheQuotaCountsAgainstTheThreshold() throws Exception {
        var inputs = service.quotas();
        var counted = fr.vodcompare.analysis.Quotas.of(store, null, null, inputs.rules(), inputs.countries());
        for (var rule : inputs.rules()) {
            ChartSpec s = en("quota-" + rule.id().toLowerCase(Locale.ROOT).replace('_', '-'));
            assertThat(s.reference().value()).isEqualTo(rule.thresholdPct());
            for (var p : counted) {
                var r = p.rules().stream().filter(x -> x.rule().id().equals(rule.id())).findFirst().orElseThrow();
                ChartPoint bar = point(s, "share", (p.platformId().equals("netflix") ? "Netflix" : "Prime Video") + ": imported file");
                if (r.sharePct() == null) {
                    assertThat(bar.isMissing()).isTrue();
                } else {
                    assertThat(bar.low()).isEqualTo(r.sharePct());
                    assertThat(bar.base()).isEqualTo(r.titles() - r.unknown());
                    assertThat(bar.label()).endsWith("; " + r.unknown() + " unknown)");
                }
            }
        }
    }

    /** A published share on the quota chart holds where its source says: Ampere's 2018 census states no territory. */
    @Test
    void quotaChartsSayWhereEachPublishedShareHoldsAndTheRuleInTheChartsLanguage() throws Exception {
        ChartSpec s = fr("quota-avmsd");
        assertThat(s.categories()).contains("Netflix : Ampere Analysis, juil. 2018 (territoire non précisé)")
                .noneMatch(c -> c.contains("catalogue en France"));
        assertThat(s.notes()).anyMatch(n -> n.startsWith("Règle : Directive (EU) 2018/1808")
                && n.contains("article 13, paragraphe 1") && !n.contains("providers of on-demand services"));
        assertThat(en("quota-avmsd").notes()).anyMatch(n -> n.contains("providers of on-demand services"));
    }

    @Test
    void catalogueSizeShowsImportedCountsBesideTheCncCountsAsSeparateCategories() throws Exception {
        ChartSpec s = en("catalogue-size");
        assertThat(s.categories()).containsExactly("CNC, France, Sep 2017", "Imported files, 2021");
        assertThat(point(s, "netflix", "CNC, France, Sep 2017").low()).isEqualTo(2905);
        assertThat(point(s, "netflix", "CNC, France, Sep 2017").label()).isEqualTo("2,905");
        assertThat(point(s, "prime_video", "CNC, France, Sep 2017").low()).isEqualTo(558);
        assertThat(point(s, "netflix", "Imported files, 2021").low()).isEqualTo(ChartFixture.rows("netflix").size());
        assertThat(point(s, "prime_video", "Imported files, 2021").low()).isEqualTo(ChartFixture.rows("prime_video").size());
        assertThat(s.series()).extracting(ChartSeries::key).containsExactly("netflix", "prime_video");
        assertThat(s.notes()).anyMatch(n -> n.contains("do not state their territory"));
        // each count keeps its own source, with its date
        assertThat(s.source()).isEqualTo("Source: Sep 2017: CNC, reported by CB News (AFP, Feb 2018)");
    }

    @Test
    void kindMixHoldsTheSharesOfFilmsAndSeries() throws Exception {
        ChartSpec s = en("kind-mix");
        for (String p : List.of("netflix", "prime_video")) {
            assertThat(point(s, p, "Films").low()).isEqualTo(share(p, Row::film));
            assertThat(point(s, p, "Series").low()).isEqualTo(share(p, r -> !r.film()));
            assertThat(point(s, p, "Films").count()).isEqualTo((int) ChartFixture.rows(p).stream().filter(Row::film).count());
        }
        assertThat(point(s, "netflix", "Films").label()).isEqualTo("60% (3)");
        assertThat(fr("kind-mix").series().get(0).points().get(0).label()).isEqualTo("60\u202F% (3)");
    }

    @Test
    void countryMixShowsTheUnknownShareAndStatesTheCoverage() throws Exception {
        ChartSpec s = en("country-mix");
        assertThat(s.categories()).containsExactly("France", "Other Europe", "United States", "Rest of the world",
                "Country unknown");
        for (String p : List.of("netflix", "prime_video")) {
            assertThat(point(s, p, "France").low()).isEqualTo(share(p, r -> "FRANCE".equals(r.region())));
            assertThat(point(s, p, "Other Europe").low()).isEqualTo(share(p, r -> "EUROPE".equals(r.region())));
            assertThat(point(s, p, "United States").low()).isEqualTo(share(p, r -> "US".equals(r.region())));
            assertThat(point(s, p, "Rest of the world").low()).isEqualTo(share(p, r -> "OTHER".equals(r.region())));
            assertThat(point(s, p, "Country unknown").low()).isEqualTo(share(p, r -> r.region() == null));
        }
        assertThat(s.notes()).contains("Production country known for 4 of 5 Netflix titles (80%) and 1 of 4 Prime Video "
                + "titles (25%).");
        assertThat(s.notes()).anyMatch(n -> n.startsWith("Prime Video: the file gives a country for too few titles"));
    }

    @Test
    void genreMixHoldsTheShareOfTitlesInEachGroup() throws Exception {
        ChartSpec s = en("genre-mix");
        assertThat(point(s, "netflix", "Drama").low()).isEqualTo(share("netflix", r -> r.groups().contains("DRAMA")));
        assertThat(point(s, "netflix", "Thriller & crime").low()).isEqualTo(share("netflix", r -> r.groups().contains("THRILLER")));
        assertThat(point(s, "prime_video", "Kids & family").low()).isEqualTo(share("prime_video", r -> r.groups().contains("KIDS")));
        assertThat(s.categories()).hasSize(GenreMixChart.TOP);
    }

    @Test
    void catalogueAgeHoldsSharesByDecadeWithEveryDecadeBetween() throws Exception {
        ChartSpec s = en("catalogue-age");
        assertThat(s.categories()).containsExactly("1950s", "1960s", "1970s", "1980s", "1990s", "2000s", "2010s", "2020s");
        for (String p : List.of("netflix", "prime_video")) {
            for (int decade = 1950; decade <= 2020; decade += 10) {
                int d = decade;
                assertThat(point(s, p, decade + "s").low()).as(p + " " + decade)
                        .isEqualTo(share(p, r -> r.year() / 10 * 10 == d));
            }
        }
    }

    @Test
    void catalogueGrowthCountsTitlesByYearAddedAndStatesTheUndated() throws Exception {
        ChartSpec s = en("catalogue-growth");
        assertThat(s.categories()).containsExactly("2019", "2020", "2021");
        for (String p : List.of("netflix", "prime_video")) {
            for (String y : s.categories()) {
                long expected = ChartFixture.rows(p).stream().filter(r -> r.added() != null && r.added().startsWith(y)).count();
                assertThat(point(s, p, y).low()).as(p + " " + y).isEqualTo(expected);
            }
        }
        assertThat(s.notes()).contains("Titles without a date added: Netflix 1 (20%) and Prime Video 3 (75%).");
        assertThat(series(s, "prime_video").name()).isEqualTo("Prime Video (date known for 25% of titles)");
        assertThat(series(s, "netflix").name()).isEqualTo("Netflix (date known for 80% of titles)");
        assertThat(s.notes()).anyMatch(n -> n.startsWith("2021 is incomplete"));
    }

    @Test
    void audienceReachRanksTheNewestPeriodAndMarksApproximations() throws Exception {
        ChartSpec s = en("audience-reach");
        assertThat(s.title()).endsWith("February 2019");
        assertThat(s.categories()).containsExactly("Netflix", "Disney+");
        ChartPoint netflix = s.series().get(0).points().get(0);
        assertThat(netflix.low()).isEqualTo(55);
        assertThat(netflix.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(netflix.label()).isEqualTo("\u2248\u202F55%");
        assertThat(netflix.colour()).isEqualTo("#E50914");
        assertThat(s.series().get(0).points().get(1).label()).isEqualTo("12.5%");
        assertThat(s.notes()).anyMatch(n -> n.startsWith("\u2248 approximate"));
    }

    @Test
    void audienceTrendDrawsPlatformsMeasuredTwiceUnlessChosen() throws Exception {
        ChartSpec s = en("audience-reach-trend");
        assertThat(s.series()).extracting(ChartSeries::key).containsExactly("netflix");
        assertThat(series(s, "netflix").points()).extracting(ChartPoint::low).containsExactly(37.0, 55.0);
        assertThat(s.notes()).anyMatch(n -> n.contains("Prime Video") && n.contains("Disney+"));
        ChartSpec chosen = service.spec(new ChartRequest("audience-reach-trend", Locale.ENGLISH,
                List.of("prime_video", "netflix"), null, null));
        assertThat(chosen.series()).extracting(ChartSeries::key).containsExactly("netflix", "prime_video");
    }

    @Test
    void contentSpendKeepsRangesAsRangesAndPlannedBudgetsMarked() throws Exception {
        ChartSpec s = en("content-spend");
        assertThat(s.categories()).containsExactly("2017", "2018");
        ChartPoint range = point(s, "netflix", "2018");
        assertThat(range.isRange()).isTrue();
        assertThat(range.low()).isEqualTo(7);
        assertThat(range.high()).isEqualTo(8);
        assertThat(range.label()).isEqualTo("$7\u20138bn");
        assertThat(fr("content-spend").series().get(0).points().get(1).label()).isEqualTo("7\u20138\u00A0Md$");
        assertThat(point(s, "netflix", "2017").label()).isEqualTo("$6bn*");
        assertThat(point(s, "prime_video", "2018").low()).isEqualTo(4.5);
        assertThat(point(s, "prime_video", "2017").isMissing()).isTrue();
        assertThat(s.notes()).anyMatch(n -> n.startsWith("Other estimate for Prime Video in 2018: $5bn"));
        assertThat(s.notes()).anyMatch(n -> n.startsWith("* Planned"));
    }

    @Test
    void frenchOriginalsCountReleasedAndAnnouncedPerYear() throws Exception {
        ChartSpec s = en("french-originals");
        assertThat(s.categories()).containsExactly("2016", "2017", "2018", "2019");
        for (String p : List.of("netflix", "prime_video")) {
            for (String status : List.of("released", "announced")) {
                for (String y : s.categories()) {
                    long expected = ChartFixture.ORIGINALS.stream().filter(o -> o.platformId().equals(p)
                            && o.status().equals(status) && o.year().toString().equals(y)).count();
                    assertThat(point(s, p + ":" + status, y).low()).as(p + status + y).isEqualTo(expected);
                }
            }
        }
        assertThat(series(s, "netflix:announced").colour()).isNotEqualTo(series(s, "netflix:released").colour());
        assertThat(s.notes()).anyMatch(n -> n.contains("Netflix itself counted 24"));
        // the CSV's source column: the citations of the titles counted, or what a zero was counted from
        ChartPoint marseille = point(s, "netflix:released", "2016");
        assertThat(marseille.low()).isEqualTo(1);
        assertThat(marseille.source()).isEqualTo("Numerama (Oct 2018): Marseille");
        assertThat(FactChartsProbe.points(s)).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(FactChartsProbe.points(s)).filteredOn(p -> p.low() == 0)
                .allSatisfy(p -> assertThat(p.source()).startsWith("none in the sourced list"));
    }

    @Test
    void eachSourceKeepsTheMediaThatReportedIt() {
        ChartTexts en = new ChartTexts(Locale.ENGLISH);
        // a bare "CNC" beside a CNC study is kept, and a February 2018 report is not pinned on the 2022 study
        assertThat(en.sourceLine(List.of("CNC; reported by CB News (AFP, Feb 2018)",
                "CNC – Observatoire (2022, Vertigo); reported by CB News")))
                .isEqualTo("Sources: CNC, reported by CB News (AFP, Feb 2018); CNC – Observatoire (2022, Vertigo), reported by CB News");
        // editions of one survey are named once, with the media of all of them
        assertThat(en.sourceLine(List.of("CNC – Baromètre (Feb 2019); reported by Génération NT",
                "CNC – Baromètre (Q1 2020); reported by Siècle Digital", "IHS Markit")))
                .isEqualTo("Sources: CNC – Baromètre, reported by Génération NT, Siècle Digital; IHS Markit");
        assertThat(new ChartTexts(Locale.FRENCH).sourceLine(List.of("CNC; reported by CB News")))
                .isEqualTo("Source\u00A0: CNC, relayé par CB News");
    }

    @Test
    void frenchShareRanksTheNewestCncFigures() throws Exception {
        ChartSpec s = en("french-share");
        assertThat(s.categories()).containsExactly("Disney+", "Netflix");
        assertThat(s.series().get(0).points()).extracting(ChartPoint::low).containsExactly(7.8, 5.5);
        assertThat(s.notes()).contains("Netflix: 8.4% in September 2020.");
    }

    @Test
    void europeanWorksLeavesEuAveragesOutAndDrawsTheQuota() throws Exception {
        ChartSpec s = en("european-works");
        assertThat(s.reference().value()).isEqualTo(30);
        assertThat(s.reference().label()).isEqualTo("AVMSD quota: 30%");
        assertThat(s.categories()).hasSize(2);
        assertThat(series(s, "netflix").points().get(0).low()).isEqualTo(15);
        assertThat(series(s, "netflix").points().get(1).isMissing()).isTrue();
        ChartPoint disney = series(s, "disney_plus").points().get(1);
        assertThat(disney.qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(disney.label()).isEqualTo("\u2264\u202F10%");
        assertThat(FactChartsProbe.points(s)).noneMatch(p -> p.low() == 6);
    }

    @Test
    void chosenPlatformsAloneAreShownAndOverridesReplaceTitleAndSubtitle() throws Exception {
        ChartSpec s = service.spec(new ChartRequest("kind-mix", Locale.ENGLISH, List.of("prime_video"), "My title", "My sub"));
        assertThat(s.series()).extracting(ChartSeries::key).containsExactly("prime_video");
        assertThat(s.title()).isEqualTo("My title");
        assertThat(s.subtitle()).isEqualTo("My sub");
        ChartSpec none = service.spec(new ChartRequest("kind-mix", Locale.ENGLISH, List.of("indie"), null, null));
        assertThat(none.isEmpty()).isTrue();
    }

    @Test
    void everyPlatformKeepsOneColourInEveryChart() throws Exception {
        for (String id : ChartService.ids()) {
            for (ChartSeries s : en(id).series()) {
                if (s.key().equals("netflix")) {
                    assertThat(s.colour()).as(id).isEqualTo("#E50914");
                }
                if (s.key().equals("prime_video")) {
                    assertThat(s.colour()).as(id).isEqualTo("#00A8E1");
                }
            }
        }
    }

    @Test
    void specsNameThePlatformsTheyShowForTheWindowToOffer() throws Exception {
        assertThat(en("kind-mix").platformIds()).containsExactly("netflix", "prime_video");
        assertThat(en("french-originals").platformIds()).containsExactly("netflix", "prime_video");
        assertThat(en("audience-reach").platformIds()).containsExactly("netflix", "disney_plus");
        assertThat(en("european-works").platformIds()).containsExactly("netflix", "disney_plus");
    }

    @Test
    void unknownIdsAreRefused() {
        assertThatThrownBy(() -> en("nope")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind-mix");
        assertThat(ChartService.exists("nope")).isFalse();
    }

    static ChartSpec fr(String id) throws Exception {
        return service.spec(ChartRequest.of(id, Locale.FRENCH));
    }

    /** Every point of a spec. */
    static final class FactChartsProbe {
        static List<ChartPoint> points(ChartSpec s) {
            return FactCharts.points(s.series());
        }
    }
}
