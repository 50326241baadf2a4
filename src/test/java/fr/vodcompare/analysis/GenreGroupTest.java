package fr.vodcompare.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenreGroupTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            Dramas,                        DRAMA
            TV Dramas,                     DRAMA
            Stand-Up Comedy & Talk Shows,  COMEDY
            Crime TV Shows,                THRILLER
            Suspense,                      THRILLER
            Children & Family Movies,      KIDS
            Kids' TV,                      KIDS
            Docuseries,                    DOCUMENTARY
            Romantic TV Shows,             ROMANCE
            Sci-Fi & Fantasy,              SCIFI
            Science Fiction,               SCIFI
            Anime Features,                ANIMATION
            Unscripted,                    REALITY
            International Movies,          NONE
            Special Interest,              NONE
            Science & Nature TV,           NONE
            """)
    void labelsFallInTheirGroup(String label, String group) {
        assertThat(GenreGroup.of(label).map(Enum::name).orElse("NONE")).isEqualTo(group);
    }
}
