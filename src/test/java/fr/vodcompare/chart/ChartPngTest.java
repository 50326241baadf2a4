package fr.vodcompare.chart;

import fr.vodcompare.analysis.MarketData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.fixture.ChartFixture;
import fr.vodcompare.store.Store;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every chart rendered headless (Monocle) to PNG: exact size, not blank, a title in dark text at the top. */
class ChartPngTest {
    @TempDir
    static Path dir;
    static Store store;
    static ChartExporter exporter;

    @BeforeAll
    static void start() throws Exception {
        FxRuntime.ensureStarted();
        store = ChartFixture.create(dir);
        exporter = new ChartExporter(fr.vodcompare.cli.Cli.charts(store));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> ids() {
        return ChartService.ids();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyChartExportsAPublishablePngInBothLanguages(String id) throws Exception {
        for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Path out = dir.resolve(id + "-" + l.getLanguage() + ".png");
            exporter.exportPng(ChartRequest.of(id, l), ExportSize.DEFAULT, out);
            BufferedImage img = ImageIO.read(out.toFile());
            assertThat(img.getWidth()).isEqualTo(1200);
            assertThat(img.getHeight()).isEqualTo(675);
            assertThat(colours(img, 0, 0, img.getWidth(), img.getHeight())).as("distinct colours").hasSizeGreaterThan(20);
            assertThat(darkPixels(img, 20, 15, 900, 50)).as("title text").isGreaterThan(400);
            assertThat(darkPixels(img, 20, img.getHeight() - 45, 900, 40)).as("source and date lines").isGreaterThan(100);
        }
    }

    @Test
    void scaleMultipliesThePixelsExactly() throws Exception {
        Path out = dir.resolve("scaled.png");
        exporter.exportPng(ChartRequest.of("kind-mix", Locale.FRENCH), new ExportSize(1080, 1080, 2), out);
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(2160);
        assertThat(img.getHeight()).isEqualTo(2160);
        assertThat(darkPixels(img, 40, 30, 1500, 100)).isGreaterThan(1000);
    }

    @Test
    void brandColoursAppearInTheImage() throws Exception {
        Path out = dir.resolve("brand.png");
        exporter.exportPng(ChartRequest.of("kind-mix", Locale.ENGLISH), ExportSize.DEFAULT, out);
        Set<Integer> colours = colours(ImageIO.read(out.toFile()), 0, 0, 1200, 675);
        assertThat(colours).contains(0xE50914, 0x00A8E1);
    }

    @Test
    void anUnwritableTargetFailsAndLeavesNoFile() {
        Path missing = dir.resolve("no/such/folder/x.png");
        assertThatThrownBy(() -> exporter.exportPng(ChartRequest.of("kind-mix", Locale.ENGLISH), ExportSize.DEFAULT, missing))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void absurdSizesAreRefused() {
        assertThatThrownBy(() -> new ExportSize(0, 675, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportSize(1200, 675, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportSize(6000, 675, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ExportSize(5000, 675, 2).pixelWidth()).isEqualTo(10_000);
    }

    static Set<Integer> colours(BufferedImage img, int x, int y, int w, int h) {
        Set<Integer> out = new HashSet<>();
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                out.add(img.getRGB(i, j) & 0xFFFFFF);
            }
        }
        return out;
    }

    static int darkPixels(BufferedImage img, int x, int y, int w, int h) {
        int n = 0;
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                int rgb = img.getRGB(i, j);
                int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                if (lum < 3 * 100) {
                    n++;
                }
            }
        }
        return n;
    }
}
