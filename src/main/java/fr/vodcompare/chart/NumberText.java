package fr.vodcompare.chart;

import fr.vodcompare.model.Qualifier;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers written the way each language prints them: "2 905", "63,8 %", "7–8 Md$" in French (narrow
 * no-break spaces), "2,905", "63.8%", "$7–8bn" in English. Immutable and thread-safe.
 */
public final class NumberText {
    static final char NARROW_NBSP = '\u202F';
    static final char NBSP = '\u00A0';
    static final String DASH = "\u2013";

    private final boolean french;
    private final DecimalFormatSymbols symbols;

    public NumberText(Locale locale) {
        this.french = "fr".equals(locale.getLanguage());
        this.symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(french ? NARROW_NBSP : ',');
        symbols.setDecimalSeparator(french ? ',' : '.');
        symbols.setMinusSign(french ? '\u2212' : '-');
    }

    public boolean french() {
        return french;
    }

    /** A number with at most {@code decimals} decimals, grouped by thousands ("2 905", "4,5"). */
    public String number(double v, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals > 0 ? "#,##0." + "#".repeat(decimals) : "#,##0", symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v == 0 ? 0 : v);
    }

    /** A whole number ("2 905"). */
    public String count(long n) {
        return number(n, 0);
    }

    /** A year: never grouped ("2021"). */
    public String year(double v) {
        return Long.toString(Math.round(v));
    }

    /** A value of the unit, with at most {@code decimals} decimals ("37 %", "4,5 Md$"). */
    public String value(ValueUnit unit, double v, int decimals) {
        return withUnit(unit, number(v, decimals));
    }

    /** A low–high range of the unit ("7–8 Md$", "$7–8bn", "10–12 %"). */
    public String range(ValueUnit unit, double low, double high, int decimals) {
        return withUnit(unit, number(low, decimals) + DASH + number(high, decimals));
    }

    /** The value with the sign of its qualifier: "≈ 55 %" (approximate), "≤ 10 %" (at most), "≥ 20 %" (at least). */
    public String qualified(Qualifier q, String text) {
        String sign = switch (q) {
            case APPROXIMATE -> "\u2248";
            case AT_MOST -> "\u2264";
            case AT_LEAST -> "\u2265";
            default -> "";
        };
        return sign.isEmpty() ? text : sign + NARROW_NBSP + text;
    }

    /** A computed share: whole percent from 10 up, one decimal below so small shares do not read as 0. */
    public String share(double percent) {
        if (percent > 0 && percent < 0.05) {
            return "<" + NARROW_NBSP + value(ValueUnit.PERCENT, 0.1, 1);
        }
        return value(ValueUnit.PERCENT, percent, percent != 0 && Math.abs(percent) < 9.95 ? 1 : 0);
    }

    private String withUnit(ValueUnit unit, String number) {
        return switch (unit) {
            case COUNT -> number;
            case PERCENT -> french ? number + NARROW_NBSP + "%" : number + "%";
            case USD_BILLIONS -> french ? number + NBSP + "Md$" : "$" + number + "bn";
            case MILLIONS -> french ? number + NBSP + "M" : number + "m";
        };
    }
}
