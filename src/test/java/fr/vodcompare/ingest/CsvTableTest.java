package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableTest {
    private static CsvTable read(String text, CsvOptions options) throws Exception {
        return read(text.getBytes(options.encoding() == null ? StandardCharsets.UTF_8 : options.encoding()), options);
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
    void aFileThatIsNotUtf8ButIsWindows1252IsReadAsThatAndSaysSo() throws Exception {
        byte[] excel = "titre;type\nAm\u00e9lie;Movie\n\u0152uvre \u2013 \u20ac;Movie\n".getBytes(Charset.forName("windows-1252"));
        CsvTable t = read(excel, CsvOptions.DEFAULT);
        assertThat(t.value(t.rows().get(0), "titre")).isEqualTo("Am\u00e9lie");
        assertThat(t.value(t.rows().get(1), "titre")).isEqualTo("\u0152uvre \u2013 \u20ac");
        assertThat(t.warnings()).containsExactly(ImportWarning.of(0, CsvTable.WINDOWS_1252_ASSUMED));
        assertThat(t.warnings().get(0).message()).isEqualTo("not UTF-8: read as Windows-1252 (what French Excel writes); "
                + "check the accents, or name the encoding with --encoding");
    }

    @Test
    void aUtf8FileSaysNothingAboutItsEncoding() throws Exception {
        assertThat(read("title,type\nAm\u00e9lie,Movie\n", CsvOptions.DEFAULT).warnings()).isEmpty();
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreAnErrorAtTheirLine() {
        byte[] bytes = {'t', ',', 'y', '\n', 'a', ',', 'b', '\n', (byte) 0x81, ',', 'c', '\n'};
        assertThatThrownBy(() -> read(bytes, CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:3: bytes that are neither UTF-8 nor Windows-1252");
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, 0xFF, 0xFE", "UTF-16BE, 0xFE, 0xFF"})
    void utf16WithItsByteOrderMarkIsReadAsUtf16(String charset, String b0, String b1) throws Exception {
        byte[] text = "title,type\nAm\u00e9lie,Movie\n".getBytes(Charset.forName(charset));
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) Integer.decode(b0).intValue();
        bytes[1] = (byte) Integer.decode(b1).intValue();
        System.arraycopy(text, 0, bytes, 2, text.length);
        CsvTable t = read(bytes, CsvOptions.DEFAULT);
        assertThat(t.header()).containsExactly("title", "type");
        assertThat(t.value(t.rows().get(0), "title")).isEqualTo("Am\u00e9lie");
        assertThat(read(bytes, new CsvOptions(StandardCharsets.UTF_8, (char) 0, Map.of())).rows()).hasSize(1);
    }

    @Test
    void wrongEncodingNamesTheLineAndTheFix() {
        byte[] latin1 = "title,type\nok,Movie\nAm\u00e9lie,Movie\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1, new CsvOptions(StandardCharsets.UTF_8, (char) 0, Map.of())))
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
    void anUnclosedQuoteIsReportedAtTheLineWhereItOpens() {
        StringBuilder text = new StringBuilder("title,type\nA,Movie\n\"X,Movie\n");
        for (int i = 0; i < 1000; i++) {
            text.append("Y").append(i).append(",Movie\n");
        }
        assertThatThrownBy(() -> read(text.toString(), CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:3: a quote opened in this row is never closed");
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> read("title,type\nX,Movie\nY,Movie,extra\n", CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:3: this row has 3 fields, expected 2")
                .hasMessageContaining("field 3 holds 'extra'");
    }

    @Test
    void rowsPaddedWithEmptyFieldsAreReadWithOneWarningCountingThem() throws Exception {
        CsvTable t = read("titre;type\nA;Movie;;\nB;Movie\nC;TV Show; ;\n", CsvOptions.DEFAULT);
        assertThat(t.rows()).hasSize(3).allSatisfy(r -> assertThat(r.cells()).hasSize(2));
        assertThat(t.warnings()).hasSize(1);
        assertThat(t.warnings().get(0).line()).isEqualTo(2);
        assertThat(t.warnings().get(0).message()).startsWith("2 rows have empty fields past the header's 2 columns");
    }

    @Test
    void aFieldOverOneMebibyteIsRefusedAtItsLine() {
        String huge = "x".repeat(CsvTable.MAX_FIELD + 1);
        assertThatThrownBy(() -> read("title,type\nA,Movie\n\"" + huge + "\",Movie\n", CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:3: field 1 holds 1,048,577 characters; expected at most 1,048,576");
        assertThatCode(() -> read("title,type\n" + "x".repeat(CsvTable.MAX_FIELD) + ",Movie\n", CsvOptions.DEFAULT))
                .doesNotThrowAnyException();
    }

    @Test
    void moreThanFiveMillionRowsAreRefusedAtTheFirstRowTooMany() {
        StringBuilder text = new StringBuilder(CsvTable.MAX_ROWS * 2 + 16).append("t\n");
        for (int i = 0; i <= CsvTable.MAX_ROWS; i++) {
            text.append("x\n");
        }
        assertThatThrownBy(() -> read(text.toString(), CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:5000002: more than 5,000,000 rows");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThatThrownBy(() -> read("title,type,Title\nA,Movie,B\n", CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.csv:1: column 'title' appears twice in the header (columns 1 and 3)");
        assertThatThrownBy(() -> read("name,title\nA,B\n", new CsvOptions(null, (char) 0, Map.of("name", "title"))))
                .hasMessageStartingWith("f.csv:1: column 'title' appears twice in the header (columns 1 and 2, after --map)");
    }

    @Test
    void unnamedColumnsFromTrailingSeparatorsAreNotADuplicate() throws Exception {
        assertThat(read("title;type;;\nA;Movie;;\n", CsvOptions.DEFAULT).value(read("title;type;;\nA;Movie;;\n",
                CsvOptions.DEFAULT).rows().get(0), "type")).isEqualTo("Movie");
    }

    @Test
    void mappingAColumnTheFileDoesNotHaveIsAnErrorNamingItsColumns() {
        assertThatThrownBy(() -> read("titre,type\nA,Movie\n", new CsvOptions(null, (char) 0, Map.of("foo", "bar"))))
                .isInstanceOf(ImportException.class)
                .hasMessage("f.csv:1: --map foo=bar: the file has no column 'foo'; its columns are titre, type");
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() {
        ImportException e = CsvTable.unreadable("f.csv", new AccessDeniedException("/home/x/f.csv"));
        assertThat(e.getMessage()).startsWith("f.csv: cannot be read: permission denied");
        assertThat(CsvTable.unreadable("f.csv", new FileSystemException("f.csv", null, "Input/output error")).getMessage())
                .isEqualTo("f.csv: cannot be read: Input/output error");
    }

    @Test
    void aPreviewKeepsTheFirstRowsCountsEveryRowAndChecksTheWholeFile(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("type,title\n");
        for (int i = 1; i <= 25; i++) {
            b.append("Movie,T").append(i).append('\n');
        }
        Path ok = java.nio.file.Files.writeString(dir.resolve("ok.csv"), b);
        CsvStream.Preview p = CsvStream.preview(ok, CsvOptions.DEFAULT, 10);
        assertThat(p.header()).containsExactly("type", "title");
        assertThat(p.first()).hasSize(10).first().satisfies(r -> assertThat(r.cells()).containsExactly("Movie", "T1"));
        assertThat(p.rows()).isEqualTo(25);
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.csv"), b + "Movie,\"never closed\n");
        assertThatThrownBy(() -> CsvStream.preview(bad, CsvOptions.DEFAULT, 10)).isInstanceOf(ImportException.class)
                .hasMessageContaining(":27:");
    }

    @Test
    void aFolderIsNotAFile(@TempDir Path dir) {
        assertThatThrownBy(() -> CsvTable.read(dir, CsvOptions.DEFAULT))
                .isInstanceOf(ImportException.class).hasMessageEndingWith(": is a folder; expected a CSV file");
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
