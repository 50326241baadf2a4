package fr.vodcompare.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact's period as the sources write it: a year ("2022"), a month ("2017-09"), a day ("2017-12-31"),
 * a quarter ("2020-Q1") or a season ("2020-autumn"). Ranges and other shapes are not parsed.
 *
 * @param month   1–12, or 0 for a whole year, quarter or season
 * @param day     1–31, or 0
 * @param quarter 1–4, or 0
 * @param season  spring, summer, autumn or winter, or null
 */
public record Period(String text, int year, int month, int day, int quarter, String season) {
    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|[Qq]([1-4])|(spring|summer|autumn|fall|winter)))?");

    /** The period of a fact's text, or empty when it has no shape this class knows. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int quarter = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        String season = m.group(5) == null ? null : m.group(5).toLowerCase(Locale.ROOT).replace("fall", "autumn");
        if (month > 12 || day > 0 && (month == 0 || day > java.time.YearMonth.of(year, month).lengthOfMonth())) {
            return Optional.empty();
        }
        return Optional.of(new Period(text.strip(), year, month, day, quarter, season));
    }

    /** The middle of the period as a decimal year (2017-09 is 2017.71), to place it on a time axis. */
    public double decimalYear() {
        if (day > 0) {
            java.time.LocalDate d = java.time.LocalDate.of(year, month, day);
            return year + (d.getDayOfYear() - 0.5) / d.lengthOfYear();
        }
        if (month > 0) {
            return year + (month - 0.5) / 12.0;
        }
        if (quarter > 0) {
            return year + (quarter - 0.5) / 4.0;
        }
        if (season != null) {
            int startMonth = switch (season) {
                case "spring" -> 3;
                case "summer" -> 6;
                case "autumn" -> 9;
                default -> 12;
            };
            return year + (startMonth + 0.5) / 12.0;
        }
        return year + 0.5;
    }

    /** Orders periods by time; a whole year sorts at its middle. */
    public static int compare(String a, String b) {
        double x = parse(a).map(Period::decimalYear).orElse(Double.MAX_VALUE);
        double y = parse(b).map(Period::decimalYear).orElse(Double.MAX_VALUE);
        return x != y ? Double.compare(x, y) : String.valueOf(a).compareTo(String.valueOf(b));
    }
}
