package fr.vodcompare.chart;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Platform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformPaletteTest {
    private static Platform p(String id, String colour) {
        return new Platform(id, id, null, null, colour, List.of());
    }

    @Test
    void brandColoursAreKept() {
        PlatformPalette palette = PlatformPalette.of(List.of(p("netflix", "#E50914"), p("prime_video", "#00a8e1")));
        assertThat(palette.colour("netflix")).isEqualTo("#E50914");
        assertThat(palette.colour("prime_video")).isEqualTo("#00A8E1");
    }

    @Test
    void platformsWithoutColourGetDistinctOnesFarFromTheOthers() {
        List<Platform> platforms = new ArrayList<>(List.of(p("netflix", "#E50914"), p("prime_video", "#00A8E1")));
        for (int i = 0; i < 12; i++) {
            platforms.add(p("imported" + i, null));
        }
        PlatformPalette palette = PlatformPalette.of(platforms);
        List<String> colours = platforms.stream().map(x -> palette.colour(x.id())).toList();
        assertThat(new HashSet<>(colours)).hasSize(platforms.size());
        for (int i = 2; i < colours.size(); i++) {
            for (int j = 0; j < colours.size(); j++) {
                if (i != j) {
                    assertThat(PlatformPalette.distance(colours.get(i), colours.get(j))).as(colours.get(i) + " vs " + colours.get(j))
                            .isGreaterThanOrEqualTo(40);
                }
            }
        }
    }

    @Test
    void aColourAlreadyTakenIsNotGivenTwice() {
        PlatformPalette palette = PlatformPalette.of(List.of(p("a", "#112233"), p("b", "#112233"), p("c", "not a colour")));
        assertThat(palette.colour("a")).isEqualTo("#112233");
        assertThat(palette.colour("b")).isNotEqualTo("#112233").matches("#[0-9A-F]{6}");
        assertThat(palette.colour("c")).isNotIn("#112233", palette.colour("b"));
    }

    @Test
    void coloursDoNotDependOnWhichPlatformsAChartShows() {
        List<Platform> all = List.of(p("a", null), p("b", null), p("c", "#00A8E1"));
        assertThat(PlatformPalette.of(all).colour("b")).isEqualTo(PlatformPalette.of(all).colour("b"));
        assertThat(PlatformPalette.tint("#000000", 0.5)).isEqualTo("#808080");
    }

    @Test
    void textOnAPlatformsColourReadsAtWcagAa() throws Exception {
        // Prime Video's blue: white on it is 2.7:1, black 7.7:1
        assertThat(PlatformPalette.textOn("#00A8E1")).isEqualTo("#000000");
        List<String> registry = java.nio.file.Files.readAllLines(java.nio.file.Path.of("data/platforms.csv")).stream()
                .flatMap(l -> java.util.Arrays.stream(l.split(","))).filter(f -> f.matches("#[0-9A-Fa-f]{6}")).toList();
        assertThat(registry).hasSizeGreaterThan(5);
        for (String c : registry) {
            assertThat(PlatformPalette.contrast(PlatformPalette.textOn(c), c)).as(c).isGreaterThanOrEqualTo(4.5);
        }
    }
}
