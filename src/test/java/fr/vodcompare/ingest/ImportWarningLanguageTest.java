package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.testing.TestStores;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's warnings about odd rows are said in the user's language (the import dialog and the command line use
 * {@link ImportWarning#message(Locale)}), and in English as before everywhere else.
 */
class ImportWarningLanguageTest {
    @TempDir
    Path dir;

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ImportWarning.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** A sentence's placeholders ({@code %s}, {@code %,d}, {@code %te}...), sorted: the values it shows and how. */
    static List<String> values(String sentence) {
        Matcher m = Pattern.compile("%(?:\\d+\\$|<)?([-#+ 0,(]*\\d*(?:\\.\\d+)?[tT]?[a-zA-Z%])").matcher(sentence);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        java.util.Collections.sort(found);
        return found;
    }

    @Test
    void everySentenceIsInBothLanguagesWithTheSameValues() throws Exception {
        Properties en = bundle("messages.properties");
        Properties fr = bundle("messages_fr.properties");
        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(values(fr.getProperty(key))).as(key).isEqualTo(values(en.getProperty(key)));
        }
    }

    /** A key the code misspells leaves its sentence unused: every sentence is named by the import's code. */
    @Test
    void everySentenceIsSaidByTheImport() throws Exception {
        StringBuilder code = new StringBuilder();
        try (var files = java.nio.file.Files.list(Path.of("src/main/java/fr/vodcompare/ingest"))) {
            for (Path f : files.toList()) {
                code.append(java.nio.file.Files.readString(f));
            }
        }
        for (String key : bundle("messages.properties").stringPropertyNames()) {
            assertThat(code).as(key).contains("\"" + key + "\"");
        }
    }

    @Test
    void aCatalogueWithOddRowsIsToldInFrenchAndInEnglishAsBefore() throws Exception {
        Path f = TestStores.write(dir, "odd.csv", "show_id,type,title,director,cast,country,date_added,release_year,rating,"
                + "duration,listed_in,description\n"
                + "s1,Movie,One,,,,\"May 1, 2020\",2020,74 min,,Dramas,\n"
                + "s2,Short,Two,,,,someday,year two,PG,,Dramas,\n"
                + "s1,Movie,One again,,,,,2020,PG,,Dramas,\n"
                + "s4,Movie,,,,,,2020,PG,,Dramas\n");
        CatalogueReader.Result r = CatalogueReader.read(CsvTable.read(f, CsvOptions.DEFAULT), "odd");
        List<String> english = r.warnings().stream().map(ImportWarning::message).toList();
        List<String> french = r.warnings().stream().map(w -> w.message(Locale.FRENCH)).toList();
        assertThat(english).containsExactly(
                "rating '74 min' is a duration; moved to duration",
                "type 'Short' is neither Movie nor TV Show; stored as other",
                "date_added 'someday' is not a date like 'September 25, 2021', 2021-09-25 or DD/MM/YYYY; left empty",
                "release_year 'year two' is not a year; left empty",
                "same show_id 's1' as line 2; stored as one title (this row's values kept)",
                "only 11 of 12 fields; the missing ones are left empty",
                "no title; stored as '(untitled)'");
        assertThat(r.warnings().stream().map(w -> w.message(Locale.ENGLISH)).toList()).isEqualTo(english);
        assertThat(french).containsExactly(
                "la classification « 74 min » est une durée ; placée dans la durée",
                "type « Short » : ni Movie ni TV Show ; enregistré comme autre",
                "date_added « someday » n’est pas une date comme « September 25, 2021 », 2021-09-25 ou DD/MM/YYYY ; laissée vide",
                "release_year « year two » n’est pas une année ; laissé vide",
                "même show_id « s1 » qu’à la ligne 2 ; un seul titre enregistré (les valeurs de cette ligne sont gardées)",
                "seulement 11 champs sur 12 ; ceux qui manquent sont laissés vides",
                "pas de titre ; enregistré comme « (untitled) »");
    }
}
