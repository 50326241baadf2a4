package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.testing.SentenceBundles;
import fr.vodcompare.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's warnings about odd rows are said in the user's language (the import dialog and the command line use
 * {@link ImportWarning#message(Locale)}), and in English as before everywhere else.
 */
class ImportWarningLanguageTest {
    @TempDir
    Path dir;

    @Test
    void everySentenceIsInBothLanguagesWithTheSameValues() throws Exception {
        SentenceBundles.sameInBothLanguages(ImportWarning.class);
    }

    /** A key the code misspells leaves its sentence unused: every sentence is named by the import's code. */
    @Test
    void everySentenceIsSaidByTheImport() throws Exception {
        SentenceBundles.everyOneSaid(ImportWarning.class);
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

    @Test
    void theDayMonthAssumptionNamesTheMonthInEachLanguage() throws Exception {
        Path f = TestStores.write(dir, "dates.csv", "show_id,type,title,date_added\ns1,Movie,One,01/07/2021\ns2,Movie,Two,02/03/2021\n");
        CatalogueReader.Result r = CatalogueReader.read(CsvTable.read(f, CsvOptions.DEFAULT), "dates");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).isEqualTo("01/07/2021 read as 1 July 2021; use --date-format MM/DD/YYYY for 7 January");
            assertThat(w.message(Locale.FRENCH)).isEqualTo("01/07/2021 lu comme le 1 juillet 2021 ; pour le 7 janvier, utilisez "
                    + "--date-format MM/DD/YYYY");
        });
    }

    @Test
    void aFileReadAsWindows1252SaysSoInEachLanguage() throws Exception {
        CsvTable t = CsvTable.read("f.csv", new java.io.ByteArrayInputStream("title,type\nAm\u00e9lie,Movie\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"))), CsvOptions.DEFAULT);
        assertThat(t.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isZero();
            assertThat(w.message()).isEqualTo("not UTF-8: read as Windows-1252 (what French Excel writes); check the accents, "
                    + "or name the encoding with --encoding");
            assertThat(w.message(Locale.FRENCH)).isEqualTo("pas en UTF-8 : lu comme du Windows-1252 (ce qu’écrit Excel en "
                    + "français) ; vérifiez les accents, ou donnez l’encodage avec --encoding");
        });
    }

    @Test
    void aFactsFileWithOddValuesIsToldInFrenchAndInEnglishAsBefore() throws Exception {
        Path f = TestStores.write(dir, "facts.csv", "metric,platform,period,value,unit,source\n"
                + "subscribers,Netflix,,3,million,CNC\n"
                + "launch,Netflix,2020,soon,date,CNC\n"
                + "reach,Netflix,2020,250,% of VOD consumers,CNC\n"
                + "spend,Netflix,2020,-3,million USD,press\n");
        FactsReader.Result r = FactsReader.read(CsvTable.read(f, CsvOptions.DEFAULT), true);
        assertThat(r.warnings().stream().map(ImportWarning::message).toList()).containsExactly(
                "no period; the figure is kept as undated",
                "value 'soon' is neither a number, a range nor a date; kept as text",
                "value '250' is impossible: a share (% of VOD consumers) lies between 0 and 100; kept, flagged in its note (--force)",
                "value '-3' is impossible: a count, an amount or a share (million USD) is not negative; kept, flagged in its note "
                        + "(--force)");
        assertThat(r.warnings().stream().map(w -> w.message(Locale.FRENCH)).toList()).containsExactly(
                "pas de période ; le chiffre est gardé sans date",
                "la valeur « soon » n’est ni un nombre, ni une fourchette, ni une date ; gardée comme texte",
                "la valeur « 250 » est impossible : une part (% of VOD consumers) est comprise entre 0 et 100 ; gardée, signalée "
                        + "dans sa note (--force)",
                "la valeur « -3 » est impossible : un nombre, un montant ou une part (million USD) n’est jamais négatif ; gardée, "
                        + "signalée dans sa note (--force)");
        // the note is the figure's data: English, whatever the language of whoever imported it
        assertThat(r.facts().get(2).note()).isEqualTo(fr.vodcompare.model.Fact.FLAGGED
                + "impossible value (a share (% of VOD consumers) lies between 0 and 100), imported with --force.");
    }

    @Test
    void aTop10RankGivenTwiceIsToldInFrenchAndInEnglishAsBefore() throws Exception {
        String file = "country_name\tcountry_iso2\tweek\tcategory\tweekly_rank\tshow_title\tseason_title\t"
                + "cumulative_weeks_in_top_10\nFrance\tFR\t2024-01-07\tFilms\t1\tA\tN/A\t1\nFrance\tFR\t2024-01-07\tFilms\t1\tB\tN/A\t1\n";
        Top10Reader.Result r = Top10Reader.read("t.tsv", new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "FR");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.message()).isEqualTo("rank 1 of Films in FR for the week 2024-01-07 is given twice; the first row kept, "
                    + "'B' left out");
            assertThat(w.message(Locale.FRENCH)).isEqualTo("le rang 1 de Films (FR) pour la semaine du 2024-01-07 figure deux fois ; "
                    + "la première ligne est gardée, celle de « B » est laissée de côté");
        });
    }
}
