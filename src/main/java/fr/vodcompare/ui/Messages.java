package fr.vodcompare.ui;

import fr.vodcompare.analysis.Units;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Kind;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
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

    /** {@code key}'s pattern filled with {@code args} by {@link MessageFormat} in this language. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A message from a view model. */
    public String text(UiMessage m) {
        return format(m.key(), m.args());
    }

    /** A whole number with the language's grouping: "18 475" / "18,475". */
    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A number with up to {@code decimals} decimals: "37,5" / "37.5". */
    public String number(double d, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        return f.format(d);
    }

    /** A percentage of 0–100 with one decimal at most: "37,5 %" / "37.5%". */
    public String percent(double value) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(value / 100.0);
    }

    /** A date the language's usual way: "25 sept. 2021" / "25 Sept 2021". */
    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
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
