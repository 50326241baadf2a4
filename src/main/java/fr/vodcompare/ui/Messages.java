package fr.vodcompare.ui;

import fr.vodcompare.analysis.Units;
import fr.vodcompare.chart.ChartTexts;
import fr.vodcompare.chart.ValueUnit;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Kind;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's language: texts from the {@code ui/messages} bundle, numbers and dates in that language
 * ("2 905" and "37 %" in French, "2,905" and "37%" in English). Immutable; a language switch makes a new one.
 */
public final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    public static final String BUNDLE = "fr.vodcompare.ui.messages";

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(\\d{1,6})\\s*(min|mins|minutes|season|seasons)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** English country names (as the catalogue files write them) to ISO codes. */
    private static final java.util.Map<String, String> COUNTRY_CODES = countryCodes();

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Numbers, dates, periods and citations are written by the chart package's one formatter, on screen as on a chart. */
    private final ChartTexts texts;

    private Messages(Locale locale) {
        this.locale = locale;
        this.texts = new ChartTexts(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static java.util.Map<String, String> countryCodes() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String code : Locale.getISOCountries()) {
            out.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        // the names the files use where the system's differ (countries that no longer exist: in the bundle)
        out.put("czech republic", "CZ");
        out.put("palestine", "PS");
        out.put("vatican city", "VA");
        out.put("hong kong", "HK");
        out.put("kosovo", "XK");
        return out;
    }

    /** French or English: French for any French locale, English otherwise. */
    public static Messages of(Locale locale) {
        return new Messages("fr".equals(locale.getLanguage()) ? Locale.FRANCE : Locale.UK);
    }

    /** French when the system is in French, else English. */
    public static Messages system() {
        return of(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    /** "fr" or "en". */
    public String language() {
        return locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of {@code key}; the key itself (logged) when it is missing, so a gap never crashes a screen. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing text '{}' for {}", key, locale);
            return key;
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** {@code key}'s pattern filled with {@code args} by {@link MessageFormat} in this language; a date said as {@link #date}. */
    public String format(String key, Object... args) {
        Object[] shown = java.util.Arrays.stream(args).map(a -> a instanceof LocalDate d ? date(d) : a).toArray();
        return new MessageFormat(get(key), locale).format(shown);
    }

    /** A message from a view model; its values that are words ({@link UiMessage.Words}) said in this language. */
    public String text(UiMessage m) {
        Object[] args = java.util.Arrays.stream(m.args()).map(a -> a instanceof UiMessage.Words w ? w.in().apply(locale) : a)
                .toArray();
        return format(m.key(), args);
    }

    /** A whole number with the language's grouping: "18 475" / "18,475". */
    public String count(long n) {
        return texts.numbers().count(n);
    }

    /** A number with up to {@code decimals} decimals: "37,5" / "37.5". */
    public String number(double d, int decimals) {
        return texts.numbers().number(d, decimals);
    }

    /** A percentage of 0–100 with one decimal at most: "37,5 %" / "37.5%". */
    public String percent(double value) {
        return texts.numbers().value(ValueUnit.PERCENT, value, 1);
    }

    /** A date the language's usual short way: "25 sept. 2021" / "25 Sept 2021". */
    public String date(LocalDate d) {
        return d == null ? "" : texts.shortDate(d);
    }

    /** A fact's period as people say it: "oct. 2021" / "Oct 2021", "T1 2020", "2022"; else as the source wrote it. */
    public String period(String period) {
        return period == null ? "" : texts.shortPeriod(period);
    }

    /** A citation with the app's own words in this language, the source's title as written. */
    public String citation(String citation) {
        return citation == null ? "" : texts.citation(citation);
    }

    /**
     * A catalogue's own genre label in this language ("International TV Shows" → "Séries internationales"), from
     * the bundle's table; a label the table does not have is shown as the file wrote it.
     */
    public String genre(String label) {
        if (label == null) {
            return "";
        }
        String key = "genre.label." + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return has(key) ? get(key) : label;
    }

    /** A title's genre labels, each in this language, joined with commas. */
    public String genres(java.util.List<String> labels) {
        return labels.stream().map(this::genre).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * A production country as the files name it, in English ("United States"), in this language ("États-Unis"),
     * through the system's country names; a name it does not know is shown as written.
     */
    public String country(String name) {
        if (name == null) {
            return "";
        }
        if (!"fr".equals(language())) {
            // the files write them in English
            return name;
        }
        String key = "country.label." + name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (has(key)) {
            return get(key);
        }
        String code = COUNTRY_CODES.get(name.strip().toLowerCase(Locale.ROOT));
        return code == null ? name : new Locale("", code).getDisplayCountry(locale);
    }

    /** A title's production countries, each in this language, joined with commas. */
    public String countries(java.util.List<String> names) {
        return names.stream().map(this::country).collect(java.util.stream.Collectors.joining(", "));
    }

    /** A duration as the files write it ("90 min", "2 Seasons") in this language ("2 saisons"); else as written. */
    public String duration(String text) {
        if (text == null) {
            return "";
        }
        java.util.regex.Matcher d = DURATION.matcher(text.strip());
        if (!d.matches()) {
            return text;
        }
        long n = Long.parseLong(d.group(1));
        return format(d.group(2).toLowerCase(Locale.ROOT).startsWith("min") ? "duration.minutes" : "duration.seasons", n);
    }

    public String kind(Kind k) {
        return k == null ? "" : get("kind." + k.code());
    }

    /** The name of a metric ("Reach among VOD users"), or its id when the app has no name for it. */
    public String metric(String id) {
        if (id == null) {
            return "";
        }
        return has("metric." + id) ? get("metric." + id) : id.replace('_', ' ');
    }

    /**
     * A fact's value in this language, with its unit and the sign its source gives it: "7–8 milliards USD",
     * "≈ 55 % des usagers de la VàD", "≤ 10 % of catalogue".
     */
    public String value(Fact f) {
        if (f.low() == null) {
            return f.valueText();
        }
        String v = f.isRange() ? number(f.low(), 2) + "–" + number(f.high(), 2) : number(f.low(), 2);
        String sign = f.qualifier().sign();
        return (sign.isEmpty() ? "" : sign + "\u202F") + withUnit(v, f.unit());
    }

    /** A formatted number and its unit, the unit translated when the app knows it. */
    public String withUnit(String number, String unit) {
        return Units.withUnit(number, unit, locale);
    }
}
