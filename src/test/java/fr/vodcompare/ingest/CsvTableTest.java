package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static CsvTable read(String text, CsvOptions options) throws Exception {
        return read(text.getBytes(options.encoding()), options);
    }

    private static CsvTable read(byte[] bytes, CsvOptions options) throws Exception {
        return CsvTable.read("f.csv", new ByteArrayInputStream(bytes), options);
    }

    @Test
    void recordsKnowTheLineTheyStartOnEvenAcrossQuotedNewlines() throws Exception {
        CsvTable t = read("a,b\n1,\"two\nlines\"\n3,4\n", CsvOptions.DEFAULT);
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2L, 4L);
        assertThat(t.value(t.rows().get(0), "b")).isEqualTo("two\nlines");
    }

    @Test
    void headerNamesMatchWithoutCaseOrSurroundingSpaces() throws Exception {
        CsvTable t = read(" Title ,TYPE\nX,Movie\n", CsvOptions.DEFAULT);
        assertThat(t.value(t.rows().get(0), "title")).isEqualTo("X");
        assertThat(t.value(t.rows().get(0), "type")).isEqualTo("Movie");
    }

    @Test
    void mapLetsUsersNameTheirOwnColumns() throws Exception {
        CsvTable t = read("name,kind\nX,Movie\n", new CsvOptions(null, (char) 0, Map.of("name", "title", "kind", "type")));
        assertThat(t.has("title")).isTrue();
        assertThat(t.value(t.rows().get(0), "type")).isEqualTo("Movie");
    }

    @Test
    void semicolonFilesFromFrenchExcelAreDetected() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        CsvTable t = read("titre;type\nAmélie;Movie\n", new CsvOptions(cp1252, (char) 0, Map.of()));
        assertThat(t.header()).containsExactly("titre", "type");
        assertThat(t.value(t.rows().get(0), "titre")).isEqualTo("Amélie");
    }

    @Test
    void byteOrderMarkIsSkipped() throws Exception {
        byte[] bom = "\uFEFFtitle,type\nX,Movie\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(bom, CsvOptions.DEFAULT).has("title")).isTrue();
    }

    @Test
    void wrongEncodingNamesTheLineAndTheFix() {
        byte[] latin1 = "title,type\nok,Movie\nAm\u00e9lie,Movie\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1, CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:3: ")
                .hasMessageContaining("UTF-8")
                .hasMessageContaining("windows-1252");
    }

    @Test
    void binaryContentIsNotACsv() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> read(png, CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> read("title,type\n\"X,Movie\nY,Movie\n", CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:")
                .hasMessageContaining("quote");
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> read("title,type\nX,Movie\nY,Movie,extra\n", CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:3: this row has 3 fields, expected 2");
    }

    @Test
    void emptyFileIsAnError() {
        assertThatThrownBy(() -> read("", CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:1: the file is empty");
    }

    @Test
    void missingRequiredColumnsAreNamed() throws Exception {
        CsvTable t = read("name,year\nX,2001\n", CsvOptions.DEFAULT);
        assertThatThrownBy(() -> t.require(java.util.List.of("type", "title"), "type,title"))
                .hasMessage("f.csv:1: missing columns type, title; expected the header type,title (or map your names with --map YOURS=OURS)");
    }
}
