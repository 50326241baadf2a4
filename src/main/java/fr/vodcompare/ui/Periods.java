package fr.vodcompare.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as the sources write them ("2019-02", "2020", "2020-Q1", "2020-spring", "2017-12-31",
 * "2021-07/2023-12") placed on a time axis, and compared.
 */
public final class Periods {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(spring|summer|autumn|fall|winter)");

    /** Newest first; periods that cannot be placed last. */
    public static final Comparator<String> NEWEST_FIRST = Comparator.comparingDouble(
            (String p) -> -at(p).orElse(Double.NEGATIVE_INFINITY)).thenComparing(Comparator.reverseOrder());

    private Periods() {
    }

    /**
     * The middle of the period as a fractional year (2019-02 is 2019.125, 2020 is 2020.5); empty when the
     * period is blank or not in a known form. A range "A/B" gives the middle of A's start and B's end.
     */
    public static OptionalDouble at(String period) {
        if (period == null || period.isBlank()) {
            return OptionalDouble.empty();
        }
        String p = period.strip();
        int slash = p.indexOf('/');
        if (slash > 0) {
            OptionalDouble a = start(p.substring(0, slash));
            OptionalDouble b = end(p.substring(slash + 1));
            return a.isPresent() && b.isPresent() ? OptionalDouble.of((a.getAsDouble() + b.getAsDouble()) / 2) : OptionalDouble.empty();
        }
        OptionalDouble s = start(p);
        OptionalDouble e = end(p);
        return s.isPresent() && e.isPresent() ? OptionalDouble.of((s.getAsDouble() + e.getAsDouble()) / 2) : OptionalDouble.empty();
    }

    private static OptionalDouble start(String p) {
        return bounds(p, false);
    }

    private static OptionalDouble end(String p) {
        return bounds(p, true);
    }

    private static OptionalDouble bounds(String p, boolean end) {
        Matcher m;
        if ((m = DAY.matcher(p)).matches()) {
            LocalDate d = LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            double at = d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
            return OptionalDouble.of(end ? at + 1.0 / d.lengthOfYear() : at);
        }
        if ((m = MONTH.matcher(p)).matches()) {
            int month = Integer.parseInt(m.group(2));
            return OptionalDouble.of(year(m) + (month - (end ? 0 : 1)) / 12.0);
        }
        if ((m = QUARTER.matcher(p)).matches()) {
            int q = Integer.parseInt(m.group(2));
            return OptionalDouble.of(year(m) + (q - (end ? 0 : 1)) / 4.0);
        }
        if ((m = SEASON.matcher(p)).matches()) {
            double[] s = season(m.group(2));
            return OptionalDouble.of(year(m) + (end ? s[1] : s[0]));
        }
        if ((m = YEAR.matcher(p)).matches()) {
            return OptionalDouble.of(year(m) + (end ? 1 : 0));
        }
        return OptionalDouble.empty();
    }

    private static double[] season(String name) {
        switch (name) {
            case "spring": return new double[] {2 / 12.0, 5 / 12.0};
            case "summer": return new double[] {5 / 12.0, 8 / 12.0};
            case "winter": return new double[] {11 / 12.0, 14 / 12.0};
            default: return new double[] {8 / 12.0, 11 / 12.0};
        }
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }
}
