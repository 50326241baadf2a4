package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.model.Fact;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FactsReaderTest {
    private static final String HEADER = "metric,platform,period,value,unit,source,source_url,note\n";

    private static CsvTable table(String rows) throws Exception {
        return CsvTable.read("f.csv", new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)), CsvOptions.DEFAULT);
    }

    @ParameterizedTest(name = "{0} {1} {2}: impossible = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            platform_reach_among_vod_consumers | 250    | % of VOD consumers  | true
            platform_reach_among_vod_consumers | 100    | % of VOD consumers  | false
            households_with_svod               | 90-120 | % of households     | true
            households_with_svod               | -1     | % of households     | true
            content_spend_global               | -3     | billion USD         | true
            content_spend_global               | 7-8    | billion USD         | false
            catalogue_size_titles              | -5     | titles              | true
            vod_market_growth_yoy              | -4.5   | %                   | false
            vod_market_growth_yoy              | 140    | %                   | false
            svod_share_change                  | -3     | pts                 | false
            launch_date_france                 | 2015-09 | date               | false
            """)
    void aValueIsImpossibleWhenAShareLeavesZeroToAHundredOrACountGoesNegative(String metric, String value, String unit,
                                                                             boolean impossible) throws Exception {
        String row = metric + ",netflix,2020," + value + "," + unit + ",Test,,\n";
        if (impossible) {
            assertThatThrownBy(() -> FactsReader.read(table(row))).isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("f.csv:2: value '" + value + "' is impossible: ")
                    .hasMessageEndingWith("(or import it anyway, flagged, with --force)");
        } else {
            assertThat(FactsReader.read(table(row)).facts()).hasSize(1);
        }
    }

    @Test
    void withForceAnImpossibleValueIsKeptFlaggedInItsNoteWithAWarning() throws Exception {
        FactsReader.Result r = FactsReader.read(table("m,netflix,2020,250,% of VOD consumers,Test,,panel of 1000\n"), true);
        Fact f = r.facts().get(0);
        assertThat(f.flagged()).isTrue();
        assertThat(f.note()).startsWith(Fact.FLAGGED + "impossible value").endsWith(" panel of 1000");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(2));
    }
}
