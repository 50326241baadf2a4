package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.FactStatus;
import fr.vodcompare.model.Qualifier;
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

    private static CsvTable withMeaning(String rows) throws Exception {
        String header = "metric,platform,period,value,unit,source,source_url,note,status,qualifier,scope,publisher\n";
        return CsvTable.read("f.csv", new ByteArrayInputStream((header + rows).getBytes(StandardCharsets.UTF_8)), CsvOptions.DEFAULT);
    }

    @ParameterizedTest(name = "status \"{0}\", qualifier \"{1}\", scope \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            official    | ''  | FR    | CNC         | OFFICIAL    | EXACT       | FR
            Estimate    | ≈   | world | IHS Markit  | ESTIMATE    | APPROXIMATE | world
            approximate | ~   | FR    | Les Echos   | APPROXIMATE | APPROXIMATE | FR
            ''          | ≤   | EU    | Variety     | NOT_STATED  | AT_MOST     | EU
            ''          | <=  | ''    | ''          | NOT_STATED  | AT_MOST     |
            official    | ≥   | FR    | Netflix     | OFFICIAL    | AT_LEAST    | FR
            official    | >=  | FR    | Netflix     | OFFICIAL    | AT_LEAST    | FR
            """)
    void theMeaningOfAFigureIsReadFromItsColumns(String status, String qualifier, String scope, String publisher,
                                                FactStatus expectedStatus, Qualifier expectedQualifier, String expectedScope)
            throws Exception {
        Fact f = FactsReader.read(withMeaning("m,netflix,2020,10,% of titles,Some report,,," + status + "," + qualifier + ","
                + scope + "," + publisher + "\n")).facts().get(0);
        assertThat(f.status()).isEqualTo(expectedStatus);
        assertThat(f.qualifier()).isEqualTo(expectedQualifier);
        assertThat(f.scope()).isEqualTo(expectedScope);
        assertThat(f.publisher()).isEqualTo(publisher.isEmpty() ? null : publisher);
    }

    @Test
    void aFileInTheOldLayoutImportsAsReported() throws Exception {
        Fact f = FactsReader.read(table("catalogue_size_titles,Netflix,2017-09,2905,titles,\"CNC; reported by CB News\",,\"près de\"\n"))
                .facts().get(0);
        // nothing read from the citation or the note: status and scope not stated, no qualifier, no publisher
        assertThat(f.status()).isEqualTo(FactStatus.NOT_STATED);
        assertThat(f.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(f.scope()).isNull();
        assertThat(f.publisher()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            official-ish | ''  | status 'official-ish' is not known
            official     | <   | qualifier '<' is not known
            """)
    void anUnknownStatusOrQualifierRefusesTheFileAtItsLine(String status, String qualifier, String message) {
        assertThatThrownBy(() -> FactsReader.read(withMeaning("m,netflix,2020,10,% of titles,Some report,,," + status + ","
                + qualifier + ",FR,X\n"))).isInstanceOf(ImportException.class).hasMessageStartingWith("f.csv:2: " + message);
    }
}
