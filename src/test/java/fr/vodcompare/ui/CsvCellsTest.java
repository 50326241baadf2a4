package fr.vodcompare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {
    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Lupin                  | Lupin
            =HYPERLINK("x")        | "'=HYPERLINK(""x"")"
            +33 1 23               | '+33 1 23
            -1                     | '-1
            @SUM(A1)               | '@SUM(A1)
            France, Belgium        | "France, Belgium"
            a;b                    | "a;b"
            ``                     | ``
            """)
    void escapesFormulasAndQuotesWhenNeeded(String value, String written) {
        assertThat(CsvCells.cell(value)).isEqualTo(written == null ? "" : written);
    }

    @org.junit.jupiter.api.Test
    void doublesQuotesInsideAQuotedCell() {
        assertThat(CsvCells.cell("Say \"hi\"")).isEqualTo("\"Say \"\"hi\"\"\"");
    }
}
