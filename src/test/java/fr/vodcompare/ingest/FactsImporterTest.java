package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.testing.TestStores;
import fr.vodcompare.model.Fact;
import fr.vodcompare.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsImporterTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.bundledCopy(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void bundledFactsKeepTheirSourcesAndResolvePlatformNamesThroughTheRegistry() throws Exception {
        List<Fact> reach = store.facts().byMetric("platform_reach_among_vod_consumers");
        Fact amazon2017 = reach.stream().filter(f -> f.period().equals("2017-09") && "prime_video".equals(f.platformId()))
                .findFirst().orElseThrow();
        assertThat(amazon2017.low()).isEqualTo(9.0);
        assertThat(amazon2017.platformLabel()).isEqualTo("Amazon Prime Video");
        assertThat(amazon2017.source().citation()).startsWith("CNC");
        assertThat(amazon2017.source().url()).startsWith("https://www.cbnews.fr/");
        assertThat(store.facts().all()).hasSize(192);
        assertThat(store.facts().byMetric("content_spend_global")).filteredOn(f -> "Amazon".equals(f.platformLabel()))
                .allSatisfy(f -> assertThat(f.platformId()).isEqualTo("prime_video"));
    }

    @Test
    void rangesAreKeptAsLowAndHighNeverAsAMidpoint() throws Exception {
        Fact netflix2018 = store.facts().byMetric("content_spend_global").stream()
                .filter(f -> f.period().equals("2018") && "netflix".equals(f.platformId())).findFirst().orElseThrow();
        assertThat(netflix2018.isRange()).isTrue();
        assertThat(netflix2018.low()).isEqualTo(7.0);
        assertThat(netflix2018.high()).isEqualTo(8.0);
        assertThat(netflix2018.valueText()).isEqualTo("7-8");
    }

    @Test
    void marketWideFiguresHaveNoPlatformButKeepTheirLabel() throws Exception {
        assertThat(store.facts().all()).filteredOn(f -> f.platformLabel().equals("all"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.platformId()).isNull());
    }

    @Test
    void userFactsAreImportedAndReimportingAddsNothing() throws Exception {
        Path f = TestStores.write(dir, "mine.csv", """
                metric,platform,period,value,unit,source,source_url,note
                subscribers,Disney+,2023,"5,5",million subscriptions,Example Analyst (report p. 3),https://example.org/r,
                subscribers,Salto,2022,1,million subscriptions,Example Analyst (report p. 4),,
                """);
        ImportReport first = new FactsImporter(store).run(f, CsvOptions.DEFAULT, false);
        assertThat(first.added()).isEqualTo(2);
        ImportReport second = new FactsImporter(store).run(f, CsvOptions.DEFAULT, false);
        assertThat(second.added()).isZero();
        Fact disney = store.facts().byMetric("subscribers").stream()
                .filter(x -> x.period().equals("2023") && "disney_plus".equals(x.platformId())).findFirst().orElseThrow();
        assertThat(disney.low()).isEqualTo(5.5);
    }

    @Test
    void aFigureWithoutASourceIsRefusedAndNothingIsWritten() throws Exception {
        String before = TestStores.contentDigest(store);
        Path f = TestStores.write(dir, "nosource.csv", """
                metric,platform,period,value,unit,source,source_url,note
                subscribers,Netflix,2023,10,million subscriptions,Somebody,,
                subscribers,Netflix,2024,11,million subscriptions,,,
                """);
        assertThatThrownBy(() -> new FactsImporter(store).run(f, CsvOptions.DEFAULT, false))
                .isInstanceOf(ImportException.class)
                .hasMessage(f + ":3: empty source; expected every figure to have a metric, platform, value, unit and source");
        assertThat(TestStores.contentDigest(store)).isEqualTo(before);
    }
}
