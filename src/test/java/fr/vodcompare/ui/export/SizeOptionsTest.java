package fr.vodcompare.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.ui.UiMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeOptionsTest {
    final SizeOptions options = new SizeOptions();

    @Test
    void startsWithTheArticleSizeAtOneTimes() {
        assertThat(options.sizeProperty().get()).isEqualTo(new ExportSize(1200, 675, 1));
        assertThat(options.noteProperty().get()).isEqualTo(new UiMessage("export.size.note", 1200, 675));
        assertThat(options.problemProperty().get()).isNull();
    }

    @Test
    void theSquareAtTwoTimesIsTwiceItsPixels() {
        options.presetProperty().set(new ExportSize(1080, 1080, 1));
        options.scaleProperty().set(2);
        assertThat(options.sizeProperty().get()).isEqualTo(new ExportSize(1080, 1080, 2));
        assertThat(options.noteProperty().get()).isEqualTo(new UiMessage("export.size.note", 2160, 2160));
    }

    @Test
    void customFieldsStartFromTheLastPreset() {
        options.presetProperty().set(new ExportSize(1920, 1080, 1));
        options.customProperty().set(true);
        assertThat(options.widthProperty().get()).isEqualTo("1920");
        assertThat(options.heightProperty().get()).isEqualTo("1080");
        assertThat(options.sizeProperty().get()).isEqualTo(new ExportSize(1920, 1080, 1));
    }

    @ParameterizedTest(name = "{0} × {1} at {2}×")
    @CsvSource(textBlock = """
            1600,     900,   1, 1600, 900,  ''
            ' 1 600 ', 900px, 2, 3200, 1800, ''
            abc,      900,   1, 0,    0,    export.size.notNumber
            '',       900,   1, 0,    0,    export.size.notNumber
            1600.5,   900,   1, 0,    0,    export.size.notNumber
            -1600,    900,   1, 0,    0,    export.size.notNumber
            199,      900,   1, 0,    0,    export.size.range
            1600,     10001, 1, 0,    0,    export.size.range
            99999999, 900,   1, 0,    0,    export.size.range
            10000,    200,   1, 10000, 200, ''
            6000,     900,   2, 0,    0,    export.size.tooLarge
            5000,     5000,  2, 10000, 10000, ''
            """)
    void customSizesAreCheckedAsTyped(String width, String height, int scale, int pixelWidth, int pixelHeight, String problem) {
        options.customProperty().set(true);
        options.widthProperty().set(width);
        options.heightProperty().set(height);
        options.scaleProperty().set(scale);
        if (problem.isEmpty()) {
            assertThat(options.problemProperty().get()).isNull();
            assertThat(options.sizeProperty().get().pixelWidth()).isEqualTo(pixelWidth);
            assertThat(options.sizeProperty().get().pixelHeight()).isEqualTo(pixelHeight);
            assertThat(options.noteProperty().get()).isEqualTo(new UiMessage("export.size.note", pixelWidth, pixelHeight));
        } else {
            assertThat(options.problemProperty().get().key()).isEqualTo(problem);
            assertThat(options.sizeProperty().get()).isNull();
            assertThat(options.noteProperty().get()).isNull();
        }
    }

    @Test
    void tooLargeSaysWhatTheSizeWouldBe() {
        options.customProperty().set(true);
        options.widthProperty().set("6000");
        options.scaleProperty().set(2);
        assertThat(options.problemProperty().get()).isEqualTo(new UiMessage("export.size.tooLarge", 2, 12000L, 1350L, 10000));
    }

    @Test
    void aPresetAgainClearsTheProblemOfTheCustomSize() {
        options.customProperty().set(true);
        options.widthProperty().set("12");
        assertThat(options.sizeProperty().get()).isNull();
        options.customProperty().set(false);
        options.presetProperty().set(new ExportSize(1920, 1080, 1));
        assertThat(options.problemProperty().get()).isNull();
        assertThat(options.sizeProperty().get()).isEqualTo(new ExportSize(1920, 1080, 1));
    }
}
