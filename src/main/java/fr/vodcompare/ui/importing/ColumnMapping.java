package fr.vodcompare.ui.importing;

import fr.vodcompare.ingest.CatalogueReader;
import fr.vodcompare.ingest.FactsReader;
import fr.vodcompare.ui.UiMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Which column of the user's file is read as which column of the app: the defaults (same name, or a French
 * or common synonym), what is missing, and the map the importer takes.
 */
public final class ColumnMapping {
    /** French and common headers for the catalogue columns, so a French spreadsheet maps by itself. */
    static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("titre", "title"), Map.entry("nom", "title"),
            Map.entry("name", "title"), Map.entry("réalisateur", "director"), Map.entry("realisateur", "director"),
            Map.entry("réalisation", "director"), Map.entry("distribution", "cast"), Map.entry("acteurs", "cast"),
            Map.entry("pays", "country"), Map.entry("countries", "country"), Map.entry("date d'ajout", "date_added"),
            Map.entry("date d’ajout", "date_added"), Map.entry("année", "release_year"), Map.entry("annee", "release_year"),
            Map.entry("year", "release_year"), Map.entry("durée", "duration"), Map.entry("duree", "duration"),
            Map.entry("genres", "listed_in"), Map.entry("genre", "listed_in"), Map.entry("résumé", "description"),
            Map.entry("resume", "description"), Map.entry("classement", "rating"), Map.entry("kind", "type"));
    private static final List<String> FACTS_REQUIRED = List.of("metric", "platform", "period", "value", "unit", "source");
    private static final List<String> CATALOGUE_REQUIRED = List.of("type", "title");

    /** One column of the file and the app column it is read as ("" to leave it out). FX thread only. */
    public static final class Mapping {
        private final String fileColumn;
        private final StringProperty target;

        Mapping(String fileColumn, String target) {
            this.fileColumn = fileColumn;
            this.target = new SimpleStringProperty(this, "target", target);
        }

        public String fileColumn() {
            return fileColumn;
        }

        public StringProperty targetProperty() {
            return target;
        }
    }

    private ColumnMapping() {
    }

    /** The app's columns for a kind of file. */
    static List<String> targets(boolean facts) {
        return facts ? FactsReader.LAYOUT : CatalogueReader.LAYOUT;
    }

    /** The app column a file column is read as by default: the same name (or a known synonym), when the app knows it. */
    static String guess(String column, boolean facts) {
        String c = column.strip().toLowerCase(Locale.ROOT);
        if (targets(facts).contains(c)) {
            return c;
        }
        String s = facts ? null : SYNONYMS.get(c);
        return s != null ? s : "";
    }

    /** The columns the importer needs and {@code mapping} lacks. */
    static List<String> missing(boolean facts, List<Mapping> mapping) {
        List<String> mapped = mapping.stream().map(mp -> mp.targetProperty().get()).toList();
        return (facts ? FACTS_REQUIRED : CATALOGUE_REQUIRED).stream().filter(r -> !mapped.contains(r)).toList();
    }

    /** The mapping as the importer takes it: file column to app column, where they differ. */
    static Map<String, String> columnMap(List<Mapping> mapping) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Mapping mp : mapping) {
            String to = mp.targetProperty().get();
            String from = mp.fileColumn();
            if (to.isEmpty()) {
                // A column left out must not be read under its own name either.
                map.put(from, "ignored " + from);
            } else if (!to.equalsIgnoreCase(from.strip())) {
                map.put(from, to);
            }
        }
        return map;
    }

    /** What is wrong with the mapping (still reading, a required column missing, a column used twice), or null. */
    static UiMessage check(boolean facts, List<Mapping> mapping) {
        if (mapping.isEmpty()) {
            return new UiMessage("import.check.reading");
        }
        List<String> missing = missing(facts, mapping);
        if (!missing.isEmpty()) {
            return new UiMessage("import.check.columns", String.join(", ", missing));
        }
        List<String> targets = mapping.stream().map(mp -> mp.targetProperty().get()).filter(s -> !s.isEmpty()).toList();
        return targets.size() != targets.stream().distinct().count() ? new UiMessage("import.check.twice") : null;
    }
}
