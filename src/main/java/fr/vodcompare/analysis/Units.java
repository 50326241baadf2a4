package fr.vodcompare.analysis;

import fr.vodcompare.model.Normalise;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The units of the sourced figures ("% of VOD consumers", "billion USD") in the reader's language. */
public final class Units {
    private Units() {
    }

    /** The unit in {@code locale}'s language when the app knows it, else as the source wrote it. */
    public static String label(String unit, Locale locale) {
        if (unit == null) {
            return "";
        }
        // no fallback to the system's language: English asks for English even on a French system
        ResourceBundle names = ResourceBundle.getBundle("fr.vodcompare.analysis.units", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return names.getString(key(unit));
        } catch (MissingResourceException e) {
            return unit;
        }
    }

    /** A number and its unit: "37 % des usagers de la VàD" (narrow no-break space before % in French), "37% of …". */
    public static String withUnit(String number, String unit, Locale locale) {
        String u = label(unit, locale);
        if (u.isEmpty()) {
            return number;
        }
        if (u.startsWith("%")) {
            return number + ("fr".equals(locale.getLanguage()) ? "\u202F" : "") + u;
        }
        return number + " " + u;
    }

    static String key(String unit) {
        return Normalise.text(unit.replace("%", "pct ")).replace(' ', '_');
    }
}
