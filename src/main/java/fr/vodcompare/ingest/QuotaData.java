package fr.vodcompare.ingest;

import fr.vodcompare.model.CountryTable;
import fr.vodcompare.model.QuotaRule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The quota rules ({@code data/quotas.csv}) and the country table ({@code data/countries.csv}) shipped with the app. */
public final class QuotaData {
    private QuotaData() {
    }

    /** The rules and countries as bundled; a bad file is an {@link ImportException} naming its line. */
    public record Loaded(List<QuotaRule> rules, CountryTable countries) {
    }

    public static Loaded load() throws ImportException {
        try {
            return new Loaded(rules(table("quotas.csv")), countries(table("countries.csv")));
        } catch (IOException e) {
            throw new ImportException("data/", 0, "bundled quota data unreadable: " + e.getMessage(), e);
        }
    }

    static List<QuotaRule> rules(CsvTable t) throws ImportException {
        t.require(List.of("rule", "threshold_pct", "scope", "qualifies", "counts", "legal_source", "url", "article"),
                "rule,threshold_pct,scope,qualifies,counts,legal_source,url,article");
        List<QuotaRule> out = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            try {
                out.add(new QuotaRule(t.value(row, "rule"), Double.parseDouble(t.value(row, "threshold_pct")),
                        QuotaRule.Scope.valueOf(t.value(row, "scope").toUpperCase(Locale.ROOT)),
                        QuotaRule.Qualifies.valueOf(t.value(row, "qualifies").toUpperCase(Locale.ROOT)), t.value(row, "counts"),
                        t.value(row, "legal_source"), t.value(row, "url"), t.value(row, "article")));
            } catch (IllegalArgumentException e) {
                throw new ImportException(t.file(), row.line(), "bad rule (" + e.getMessage()
                        + "); expected a number, a scope all|films|series and qualifies european|french");
            }
        }
        return out;
    }

    static CountryTable countries(CsvTable t) throws ImportException {
        t.require(List.of("name", "iso", "european_avmsd", "basis"), "name,iso,european_avmsd,basis");
        List<CountryTable.Country> out = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            try {
                out.add(new CountryTable.Country(t.value(row, "name"), t.value(row, "iso"),
                        CountryTable.European.valueOf(t.value(row, "european_avmsd").toUpperCase(Locale.ROOT)), t.value(row, "basis")));
            } catch (IllegalArgumentException e) {
                throw new ImportException(t.file(), row.line(), "european_avmsd must be yes, no or unknown");
            }
        }
        return new CountryTable(out);
    }

    private static CsvTable table(String name) throws ImportException, IOException {
        try (InputStream in = QuotaData.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                throw new IOException("bundled file data/" + name + " is missing from the application");
            }
            return CsvTable.read("data/" + name, in, CsvOptions.DEFAULT);
        }
    }
}
