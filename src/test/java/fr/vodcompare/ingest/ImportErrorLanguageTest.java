package fr.vodcompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A file an import refuses says why in the user's language ({@link ImportException#message(Locale)}: the import dialog
 * and the command line show it), and in English exactly as before everywhere else ({@link ImportException#getMessage()}).
 */
class ImportErrorLanguageTest {
    private static final String CATALOGUE = String.join(",", CatalogueReader.LAYOUT);

    private static ImportException refused(ThrowingCallable read) {
        ImportException e = catchThrowableOfType(read, ImportException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static CsvTable csv(String text) throws Exception {
        return CsvTable.read("f.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), CsvOptions.DEFAULT);
    }

    private static ImportException catalogue(String text) {
        return refused(() -> CatalogueReader.read(csv(text), "test"));
    }

    private static ImportException facts(String text) {
        return refused(() -> FactsReader.read(csv(text)));
    }

    /** Says {@code english} as {@link ImportException#getMessage()} and English {@code message}, {@code french} in French. */
    private static void says(ImportException e, String english, String french) {
        assertThat(e.getMessage()).isEqualTo(english);
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(english);
        assertThat(e.message(Locale.FRENCH)).isEqualTo(french);
        assertThat(e.file() + ":" + e.line() + ": " + e.problem(Locale.FRENCH)).isEqualTo(french);
    }

    @Test
    void aCatalogueRowWithTooManyFieldsAnUnclosedQuoteOrMissingColumns() {
        says(catalogue("show_id,type,title\ns1,Movie,One\ns2,Movie,Two,Three\n"),
                "f.csv:3: this row has 4 fields, expected 3 as in the header; field 4 holds 'Three' "
                        + "(check the quoting of this row or the one before)",
                "f.csv:3: cette ligne a 4 champs, attendu : 3 comme dans l’en-tête ; le champ 4 contient « Three » "
                        + "(vérifiez les guillemets de cette ligne ou de la précédente)");
        says(catalogue("show_id,type,title\ns1,Movie,\"One\ns2,Movie,Two\n"),
                "f.csv:2: a quote opened in this row is never closed; expected a closing double quote (\") before the end "
                        + "of the field",
                "f.csv:2: un guillemet ouvert dans cette ligne n’est jamais fermé ; attendu : un guillemet droit (\") qui le "
                        + "ferme avant la fin du champ");
        says(catalogue("a,b\n1,2\n"),
                "f.csv:1: missing columns type, title; expected the header " + CATALOGUE
                        + " (or map your names with --map YOURS=OURS)",
                "f.csv:1: il manque les colonnes type, title ; attendu : l’en-tête " + CATALOGUE
                        + " (ou faites correspondre vos noms avec --map VOTRE_NOM=NOTRE_NOM)");
        says(catalogue("show_id,title\ns1,One\n"),
                "f.csv:1: missing column type; expected the header " + CATALOGUE + " (or map your names with --map YOURS=OURS)",
                "f.csv:1: il manque la colonne type ; attendu : l’en-tête " + CATALOGUE
                        + " (ou faites correspondre vos noms avec --map VOTRE_NOM=NOTRE_NOM)");
    }

    @Test
    void numbersHaveTheirDigitsGroupedAsEachLanguageGroupsThem() {
        String huge = "x".repeat(CsvTable.MAX_FIELD + 1);
        says(catalogue("title,type\nA,Movie\n\"" + huge + "\",Movie\n"),
                "f.csv:3: field 1 holds 1,048,577 characters; expected at most 1,048,576 (check for a quote that is never closed)",
                "f.csv:3: le champ 1 contient 1\u202F048\u202F577 caractères ; attendu : au plus 1\u202F048\u202F576 "
                        + "(cherchez un guillemet jamais fermé)");
    }

    @Test
    void aFactsRangeGoingDownAndAnImpossibleValueWithItsReason() {
        says(facts("metric,platform,period,value,unit,source\nspend,Netflix,2020,8-7,billion USD,press\n"),
                "f.csv:2: range '8-7' goes down; expected low-high such as 7-8",
                "f.csv:2: la fourchette « 8-7 » descend ; attendu : bas-haut, comme 7-8");
        says(facts("metric,platform,period,value,unit,source\nreach,Netflix,2020,250,% of VOD consumers,CNC\n"),
                "f.csv:2: value '250' is impossible: a share (% of VOD consumers) lies between 0 and 100; check the file "
                        + "(or import it anyway, flagged, with --force)",
                "f.csv:2: la valeur « 250 » est impossible : une part (% of VOD consumers) est comprise entre 0 et 100 ; "
                        + "vérifiez le fichier (ou importez-le tout de même, signalé, avec --force)");
    }

    @Test
    void aTop10RankOfElevenOrAFileWithoutItsColumns() {
        String header = "country_name\tcountry_iso2\tweek\tcategory\tweekly_rank\tshow_title\tseason_title\t"
                + "cumulative_weeks_in_top_10\n";
        says(refused(() -> Top10Reader.read("t.tsv", new ByteArrayInputStream((header + "France\tFR\t2024-01-07\tFilms\t11\tA"
                        + "\tN/A\t1\n").getBytes(StandardCharsets.UTF_8)), null)),
                "t.tsv:2: weekly_rank '11' is not a rank of a Top 10; expected 1 to 10",
                "t.tsv:2: weekly_rank « 11 » n’est pas un rang de Top 10 ; attendu : de 1 à 10");
        ImportException columns = refused(() -> Top10Reader.read("t.tsv", new ByteArrayInputStream("week\tnothing\n"
                .getBytes(StandardCharsets.UTF_8)), null));
        assertThat(columns.getMessage()).startsWith("t.tsv:1: not a Netflix Top 10 file: missing columns category, weekly_rank, "
                + "show_title; expected the tab-separated header of all-weeks-countries.tsv (country_name, country_iso2, ");
        assertThat(columns.message(Locale.FRENCH)).startsWith("t.tsv:1: pas un fichier Top 10 de Netflix, il manque les colonnes "
                + "category, weekly_rank, show_title ; attendu : l’en-tête séparé par des tabulations de all-weeks-countries.tsv");
    }

    @Test
    void anErrorSaysWhatItIsByItsKeyNotItsWords() {
        ImportException notUtf8 = refused(() -> CsvTable.read("f.csv", new ByteArrayInputStream(
                "title,type\nAm\u00e9lie,Movie\n".getBytes(StandardCharsets.ISO_8859_1)), new CsvOptions(StandardCharsets.UTF_8,
                (char) 0, java.util.Map.of())));
        assertThat(notUtf8.key()).isEqualTo("encoding.notUtf8");
        assertThat(notUtf8.problem()).startsWith("bytes that are not valid UTF-8; expected UTF-8 text");
        ImportException ascii = refused(() -> CsvTable.read("f.csv", new ByteArrayInputStream(
                "title,type\nAm\u00e9lie,Movie\n".getBytes(StandardCharsets.UTF_8)), new CsvOptions(StandardCharsets.US_ASCII,
                (char) 0, java.util.Map.of())));
        assertThat(ascii.key()).isEqualTo("encoding.invalid");
        assertThat(ascii.problem()).isEqualTo("bytes that are not valid US-ASCII; expected US-ASCII text (for a French Excel "
                + "export, try --encoding windows-1252)");
    }

    @Test
    void anErrorInTheAppsOwnDataStaysEnglishInEveryLanguage() {
        ImportException e = new ImportException("data/platforms.csv", 3, "colour 'red'; expected #RRGGBB");
        assertThat(e.key()).isNull();
        assertThat(e.message(Locale.FRENCH)).isEqualTo(e.getMessage()).isEqualTo("data/platforms.csv:3: colour 'red'; expected #RRGGBB");
    }
}
