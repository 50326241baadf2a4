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
