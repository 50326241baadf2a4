package fr.vodcompare.chart;

import fr.vodcompare.analysis.MarketData;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Fact;
import fr.vodcompare.testing.BundledStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Charts of the bundled data laid out at the export size, as published: what a reader sees on them. */
class ChartDrawingTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    static ChartService charts;

    @BeforeAll
    static void start() throws Exception {
        FxRuntime.ensureStarted();
        charts = fr.vodcompare.cli.Cli.charts(BUNDLED.store());
    }

    /** The chart laid out at 1200 × 675, as exported. */
    static Region laidOut(ChartSpec spec) throws Exception {
        return FxRuntime.call(() -> {
            Region node = ChartFactory.create(spec);
            ChartSnapshot.take(node, ExportSize.DEFAULT);
            return node;
        });
    }

    static List<Text> texts(Region chart, String styleClass) {
        List<Text> out = new ArrayList<>();
        for (Node n : chart.lookupAll("." + styleClass)) {
            out.add((Text) n);
        }
        return out;
    }

    static List<String> everyPlatformWith(String metric) throws Exception {
        return BUNDLED.store().facts().all().stream().filter(f -> f.metric().equals(metric) && f.platformId() != null)
                .map(Fact::platformId).distinct().toList();
    }

    @Test
    void audienceTrendLabelsOfEveryPlatformNeitherCollideNorLeaveTheirLinesColour() throws Exception {
        List<String> all = everyPlatformWith("platform_reach_among_vod_consumers");
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            ChartSpec spec = charts.spec(new ChartRequest("audience-reach-trend", l, all, null, null));
            Region chart = laidOut(spec);
            List<Text> labels = texts(chart, "vc-value-label");
            assertThat(labels).hasSizeGreaterThan(20);
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    Bounds a = labels.get(i).getBoundsInParent();
                    Bounds b = labels.get(j).getBoundsInParent();
                    assertThat(a.intersects(b)).as("%s over %s", labels.get(i).getText(), labels.get(j).getText()).isFalse();
                }
            }
            for (ChartSeries s : spec.series()) {
                Text end = labels.stream().filter(t -> t.getText().startsWith(s.name() + " ")).findFirst().orElseThrow();
                assertThat(end.getFill()).as(end.getText()).isEqualTo(Color.web(PlatformPalette.readableOnWhite(s.colour())));
            }
        }
    }

    /**
     * Found in the window: the catalogue changes' steps, one line each, no longer fitted side by side at 1024 px; JavaFX
     * turned them upright and the axis took the plot's height. Said on two lines, they stay under the columns.
     */
    @Test
    void longCategoriesUnderColumnsLeaveThePlotItsHeight() throws Exception {
        List<String> steps = List.of("Netflix: 30 November 2019 → 25 September 2021", "Netflix: 25 September 2021 → 31 January 2022",
                "Netflix: 31 January 2022 → 28 February 2022");
        List<ChartPoint> added = steps.stream().map(c -> ChartPoint.of(c, 3063, "3,063")).toList();
        List<ChartPoint> gone = steps.stream().map(c -> ChartPoint.of(c, 94, "94")).toList();
        ChartSpec spec = new ChartSpec("catalogue-changes", ChartType.COLUMNS, Locale.ENGLISH, "T", "S", "Snapshots compared",
                "Titles", ValueUnit.COUNT, steps, List.of(new ChartSeries("added", "Added", "#2E7D32", added),
                new ChartSeries("gone", "No longer listed", "#C62828", gone)), null, List.of(), "Source: X", "Data: 2022");
        Region chart = FxRuntime.call(() -> {
            Region node = ChartFactory.create(spec);
            ChartSnapshot.take(node, new ExportSize(760, 560, 1));
            return node;
        });
        ValueBarChart<?, ?> bars = bars(chart);
        assertThat(bars.getXAxis().getHeight()).as("the steps' axis").isLessThan(80);
        assertThat(bars.getHeight() - bars.getXAxis().getHeight()).as("the plot").isGreaterThan(200);
    }

    static ValueBarChart<?, ?> bars(Region chart) {
        return (ValueBarChart<?, ?>) chart.lookup(".chart");
    }

    @Test
    void theBarsOfEachYearAreCentredOnItsTickAndALoneBarSitsOnIt() throws Exception {
        ChartSpec spec = charts.spec(new ChartRequest("french-originals", Locale.FRENCH, ChartRequest.DEFAULT_PLATFORMS, null, null));
        ValueBarChart<?, ?> chart = bars(laidOut(spec));
        @SuppressWarnings("unchecked")
        javafx.scene.chart.Axis<Object> x = (javafx.scene.chart.Axis<Object>) chart.getXAxis();
        assertThat(chart.getData()).hasSize(4);
        java.util.Map<Object, List<Region>> byYear = new java.util.LinkedHashMap<>();
        for (var s : chart.getData()) {
            for (var d : s.getData()) {
                Region bar = (Region) d.getNode();
                if (bar.isVisible()) {
                    assertThat(bar.getHeight()).as("%s: a visible bar has a value", d.getXValue()).isGreaterThan(0);
                    byYear.computeIfAbsent(d.getXValue(), k -> new ArrayList<>()).add(bar);
                }
            }
        }
        assertThat(byYear).containsKeys("2016", "2019", "2022");
        byYear.forEach((year, shown) -> {
            double left = shown.stream().mapToDouble(Region::getLayoutX).min().orElseThrow();
            double right = shown.stream().mapToDouble(b -> b.getLayoutX() + b.getWidth()).max().orElseThrow();
            assertThat((left + right) / 2).as(String.valueOf(year))
                    .isCloseTo(x.getDisplayPosition(year), org.assertj.core.data.Offset.offset(1.0));
        });
        assertThat(byYear.get("2016")).hasSize(1);
    }

    @Test
    void aYearWithoutAnyFigureSaysSoOnItsTickInsteadOfLeavingAnEmptySlot() throws Exception {
        ChartSpec spec = charts.spec(new ChartRequest("content-spend", Locale.FRENCH, ChartRequest.DEFAULT_PLATFORMS, null, null));
        assertThat(spec.categories()).contains("2014", "2016");
        ValueBarChart<?, ?> chart = bars(laidOut(spec));
        @SuppressWarnings("unchecked")
        javafx.scene.chart.Axis<Object> x = (javafx.scene.chart.Axis<Object>) chart.getXAxis();
        List<Text> missing = texts((Region) chart, "vc-missing-label").stream().filter(Node::isVisible).toList();
        for (String year : List.of("2014", "2016")) {
            double tick = x.getDisplayPosition(year);
            List<Text> on = missing.stream().filter(t -> Math.abs(t.getBoundsInParent().getCenterX() - tick) < 2).toList();
            assertThat(on).as(year).hasSize(1);
            assertThat(on.get(0).getText()).isEqualTo("pas de chiffre");
        }
    }

    @Test
    void aShareAxisStopsAt100PercentAndEveryLabelStaysInThePlot() throws Exception {
        ChartSpec spec = charts.spec(new ChartRequest("country-mix", Locale.FRENCH, ChartRequest.DEFAULT_PLATFORMS, null, null));
        ValueBarChart<?, ?> chart = bars(laidOut(spec));
        javafx.scene.chart.NumberAxis values = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        assertThat(values.getUpperBound()).isEqualTo(100.0);
        double width = values.getWidth();
        List<Text> labels = texts((Region) chart, "vc-value-label");
        assertThat(labels).hasSizeGreaterThan(8);
        for (Text t : labels) {
            assertThat(t.getBoundsInParent().getMaxX()).as(t.getText()).isLessThanOrEqualTo(width);
        }
        Text inside = labels.stream().filter(t -> t.getStyleClass().contains("vc-inside-label")).findFirst().orElseThrow();
        String bar = PlatformPalette.of(BUNDLED.store().platforms().all()).colour("prime_video");
        Color fill = (Color) inside.getFill();
        String hex = String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(fill.getRed() * 255), Math.round(fill.getGreen() * 255),
                Math.round(fill.getBlue() * 255));
        assertThat(PlatformPalette.contrast(hex, bar)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theQuotaLineStopsShortOfEveryFigureItWouldStrikeThrough() throws Exception {
        ChartSpec spec = charts.spec(new ChartRequest("quota-avmsd", Locale.ENGLISH, ChartRequest.DEFAULT_PLATFORMS, null, null));
        Region chart = laidOut(spec);
        javafx.scene.shape.Path line = (javafx.scene.shape.Path) chart.lookup(".vc-reference-line");
        double x = ((javafx.scene.shape.MoveTo) line.getElements().get(0)).getX();
        List<Text> crossed = texts(chart, "vc-value-label").stream()
                .filter(t -> t.getBoundsInParent().getMinX() <= x && t.getBoundsInParent().getMaxX() >= x).toList();
        assertThat(crossed).as("labels across the 30 % line on the bundled data (Netflix's '1,872 of 7,939')").isNotEmpty();
        List<double[]> drawn = new ArrayList<>(); // the line's pieces, from y to y
        for (int i = 0; i + 1 < line.getElements().size(); i += 2) {
            drawn.add(new double[] {((javafx.scene.shape.MoveTo) line.getElements().get(i)).getY(),
                    ((javafx.scene.shape.LineTo) line.getElements().get(i + 1)).getY()});
        }
        assertThat(drawn.get(drawn.size() - 1)[1]).isGreaterThan(drawn.get(0)[0] + 100); // it is still drawn across the plot
        for (Text t : crossed) {
            javafx.geometry.Bounds b = t.getBoundsInParent();
            assertThat(drawn).as(t.getText()).noneMatch(d -> d[0] < b.getMaxY() && d[1] > b.getMinY());
        }
    }

    @Test
    void aFrenchChartSaysOurWordsInFrenchAndKeepsTheSourcesTitles() throws Exception {
        ChartTexts fr = new ChartTexts(Locale.FRENCH);
        assertThat(fr.citation("CNC; reported by CB News (AFP, Feb 2018)")).isEqualTo("CNC\u202F; relayé par CB News (AFP, févr. 2018)");
        assertThat(fr.citation("Ampere Analysis (census July 2018); reported by BFM Business"))
                .isEqualTo("Ampere Analysis (recensement juillet 2018)\u202F; relayé par BFM Business");
        assertThat(fr.citation("CNC – Baromètre de la vidéo à la demande (Q1 2020)")).isEqualTo("CNC – Baromètre de la vidéo à la demande (T1 2020)");
        assertThat(new ChartTexts(Locale.ENGLISH).citation("CNC; reported by CB News (AFP, Feb 2018)"))
                .isEqualTo("CNC; reported by CB News (AFP, Feb 2018)");
        for (var o : BUNDLED.store().originals().all()) {
            assertThat(fr.citation(o.source().citation())).as(o.title())
                    .doesNotContain("released", "announced", "Announced", "episodes", "Feb ", "Jan ", "Nov ", " Sep ");
        }
        for (String id : List.of("content-spend", "french-originals", "audience-reach", "catalogue-size")) {
            ChartSpec spec = charts.spec(new ChartRequest(id, Locale.FRENCH, ChartRequest.DEFAULT_PLATFORMS, null, null));
            String all = spec.source() + String.join(" ", spec.notes());
            assertThat(all).as(id).doesNotContain("reported by", "Company guidance", "Feb 2018", "Jan 2020", "census");
        }
    }

    @Test
    void theWholeMarketIsDrawnAsAGreyDashedReferenceNotAsAPlatform() throws Exception {
        ChartSpec spec = charts.spec(new ChartRequest("audience-subscribers", Locale.FRENCH, List.of("netflix", "market"), null, null));
        ChartSeries market = spec.series().stream().filter(s -> s.key().equals("market")).findFirst().orElseThrow();
        assertThat(market.name()).isEqualTo("Ensemble du marché");
        assertThat(market.colour()).isEqualTo(AudienceChart.MARKET_COLOUR);
        Region chart = laidOut(spec);
        javafx.scene.control.Label item = chart.lookupAll(".vc-legend-item").stream().map(n -> (javafx.scene.control.Label) n)
                .filter(l -> l.getText().equals("Ensemble du marché")).findFirst().orElseThrow();
        assertThat(item.getGraphic()).isInstanceOf(javafx.scene.shape.Line.class);
        assertThat(((javafx.scene.shape.Line) item.getGraphic()).getStrokeDashArray()).isNotEmpty();
        javafx.scene.chart.LineChart<?, ?> lines = (javafx.scene.chart.LineChart<?, ?>) chart.lookup(".chart");
        var marketLine = lines.getData().stream().filter(x -> x.getName().equals("Ensemble du marché")).findFirst().orElseThrow();
        assertThat(marketLine.getNode().getStyle()).contains("-fx-stroke-dash-array");
        var netflixLine = lines.getData().stream().filter(x -> x.getName().equals("Netflix")).findFirst().orElseThrow();
        assertThat(netflixLine.getNode().getStyle()).doesNotContain("-fx-stroke-dash-array");
    }

    @Test
    void anUpperBoundIsAHatchedOutlinedBarNeverASolidOne() throws Exception {
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            ChartSpec spec = charts.spec(new ChartRequest("european-works", l, List.of("netflix", "prime_video", "disney_plus"),
                    null, null));
            Region chart = laidOut(spec);
            List<Region> bounds = new ArrayList<>();
            chart.lookupAll(".vc-upper-bound").forEach(n -> bounds.add((Region) n));
            // Disney+'s "ne dépassait pas 10 %" (NPA Conseil, August 2021): the bundled data's one upper bound
            assertThat(bounds).singleElement().satisfies(bar -> {
                assertThat(bar.getBackground().getFills()).singleElement()
                        .satisfies(f -> assertThat(f.getFill()).isInstanceOf(javafx.scene.paint.LinearGradient.class));
                assertThat(bar.getBorder()).isNotNull();
                assertThat(bar.getBorder().getStrokes()).isNotEmpty();
            });
            assertThat(texts(chart, "vc-value-label")).extracting(Text::getText).anyMatch(t -> t.startsWith("\u2264"));
            // the other bars are solid
            assertThat(chart.lookupAll(".chart-bar")).filteredOn(n -> !n.getStyleClass().contains("vc-upper-bound"))
                    .allSatisfy(n -> assertThat(((Region) n).getBackground().getFills().get(0).getFill()).isInstanceOf(Color.class));
        }
    }

    @Test
    void theCatalogueSizeSourceLineKeepsEachCountsSourceWithItsDate() throws Exception {
        ChartSpec spec = charts.spec(ChartRequest.of("catalogue-size", Locale.ENGLISH));
        assertThat(spec.source()).contains("Sep 2017: CNC, reported by CB News (AFP, Feb 2018)")
                .contains("2022: CNC – Observatoire de la vidéo à la demande (2022, Vertigo), reported by CB News");
        // uNoGS's unofficial estimates are not among the published counts
        assertThat(spec.categories()).noneMatch(c -> c.contains("2016"));
    }
}
