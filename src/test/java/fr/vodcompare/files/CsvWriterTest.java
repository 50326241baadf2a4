package fr.vodcompare.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {
    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Lupin                          | Lupin
            =HYPERLINK("http://x","y")     | "'=HYPERLINK(""http://x"",""y"")"
            =1+2                           | '=1+2
            +33 1 23                       | '+33 1 23
            -1+cmd!A0                      | '-1+cmd!A0
            @SUM(A1)                       | '@SUM(A1)
            France, Belgium                | "France, Belgium"
            a;b                            | "a;b"
            -3                             | -3
            +12.5                          | +12.5
            63.8                           | 63.8
            ``                             | ``
            """)
    void escapesFormulasAndQuotesWhenNeeded(String value, String written) {
        assertThat(CsvWriter.cell(value)).isEqualTo(written == null ? "" : written);
    }

    @Test
    void aCellStartingWithATabOrACarriageReturnIsText() {
        assertThat(CsvWriter.cell("\t=1+2")).isEqualTo("'\t=1+2");
        assertThat(CsvWriter.cell("\r=1+2")).isEqualTo("\"'\r=1+2\"");
    }

    @Test
    void numbersStayNumbers() {
        assertThat(CsvWriter.cell(-3)).isEqualTo("-3");
        assertThat(CsvWriter.cell(new BigDecimal("-0.25"))).isEqualTo("-0.25");
        assertThat(CsvWriter.cell(2905L)).isEqualTo("2905");
    }

    @Test
    void doublesQuotesInsideAQuotedCell() {
        assertThat(CsvWriter.cell("Say \"hi\"")).isEqualTo("\"Say \"\"hi\"\"\"");
    }

    @Test
    void writesRowsEndedByCrLfWithEmptyCellsForNulls() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("a", null, 3).row("=b");
        assertThat(out).hasToString("a,,3\r\n'=b\r\n");
    }
}
