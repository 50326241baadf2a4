package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Title;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueReaderTest {
    static final Path NETFLIX = Path.of("data/catalogues/netflix_titles.csv");
    static final Path PRIME = Path.of("data/catalogues/amazon_prime_titles.csv");

    static CatalogueReader.Result readFile(Path file, String platform) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return CatalogueReader.read(CsvTable.read(file.toString(), in, CsvOptions.DEFAULT), platform);
        }
    }

    static CatalogueReader.Result readText(String csv) throws Exception {
        return CatalogueReader.read(CsvTable.read("t.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), CsvOptions.DEFAULT), "p");
    }

    @Test
    void everyNetflixRowIsRead() throws Exception {
        CatalogueReader.Result r = readFile(NETFLIX, "netflix");
        assertThat(r.titles()).hasSize(8807);
        assertThat(r.rowsRead()).isEqualTo(8807);
        assertThat(r.newestDateAdded()).isEqualTo(LocalDate.of(2021, 9, 25));
        assertThat(r.titles()).filteredOn(t -> t.kind() == Kind.OTHER).isEmpty();
    }

    @Test
    void netflixDurationsInTheRatingColumnBecomeWarningsAndMoveToDuration() throws Exception {
        CatalogueReader.Result r = readFile(NETFLIX, "netflix");
        Title s5542 = r.titles().stream().filter(t -> "s5542".equals(t.showId())).findFirst().orElseThrow();
        assertThat(s5542.rating()).isNull();
        assertThat(s5542.duration()).isEqualTo("74 min");
        assertThat(r.warnings()).filteredOn(w -> w.message().contains("is a duration")).hasSize(3);
    }

    @Test
    void netflixDatesWithStraySpacesAreParsed() throws Exception {
        CatalogueReader.Result r = readFile(NETFLIX, "netflix");
        assertThat(r.warnings()).noneMatch(w -> w.message().startsWith("date_added"));
        long dated = r.titles().stream().filter(t -> t.dateAdded() != null).count();
        assertThat(dated).isEqualTo(8807 - 10); // ten rows have no date added in the file
    }

    @Test
    void everyPrimeVideoRowIsRead() throws Exception {
        CatalogueReader.Result r = readFile(PRIME, "prime_video");
        assertThat(r.titles()).hasSize(9668);
        assertThat(r.newestDateAdded()).isEqualTo(LocalDate.of(2021, 10, 10));
        assertThat(r.titles().stream().filter(t -> !t.countries().isEmpty()).count()).isEqualTo(672);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            September 25, 2021   | 2021-09-25
            ' September 25, 2021'| 2021-09-25
            2021-09-25           | 2021-09-25
            25/09/2021           | 2021-09-25
            Sept 25 2021         |
            """)
    void datesAddedAreReadInTheLayoutsUsersHave(String raw, String expected) throws Exception {
        CatalogueReader.Result r = readText("show_id,type,title,date_added\ns1,Movie,X,\"" + raw + "\"\n");
        assertThat(r.titles().get(0).dateAdded()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
        assertThat(r.warnings()).hasSize(expected == null ? 1 : 0);
    }

    @Test
    void oddRowsAreWarnedWithTheirLineAndStillRead() throws Exception {
        CatalogueReader.Result r = readText("""
                show_id,type,title,release_year,country,listed_in
                s1,Movie,Good,2001,"France, Belgium",Dramas
                s2,Podcast,Odd type,20x1,,
                s3,TV Show,,2019,,
                s1,Movie,Same id again,2001,,
                """);
        assertThat(r.titles()).hasSize(4);
        assertThat(r.titles().get(0).countries()).containsExactly("France", "Belgium");
        assertThat(r.titles().get(1).kind()).isEqualTo(Kind.OTHER);
        assertThat(r.titles().get(1).releaseYear()).isNull();
        assertThat(r.titles().get(2).name()).isEqualTo("(untitled)");
        assertThat(r.warnings()).extracting(ImportWarning::line).containsExactly(3L, 3L, 4L, 5L);
        assertThat(r.warnings().get(3).message()).contains("same show_id 's1' as line 2");
    }
}
