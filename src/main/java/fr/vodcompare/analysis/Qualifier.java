package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How exact a sourced figure is, as its note or value says: the charts print approximations and bounds
 * as such ("≈ 55 %", "< 10 %") instead of passing them off as exact values.
 */
public enum Qualifier {
    EXACT, APPROXIMATE, AT_LEAST, AT_MOST;

    private static final Pattern APPROX = Pattern.compile(
            "approx|\"près de|\"environ|\"quelque|\"aux alentours|\"about|\"around|\"nearly|\\(approx", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPPER = Pattern.compile("upper bound|\"moins de|\"ne dépass|\"less than|\"under",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOWER = Pattern.compile("lower bound|\"plus de|\"dépassé|\"franchi|\"over|\"more than|\">",
            Pattern.CASE_INSENSITIVE);

    /** Reads the qualifier from the fact's note and value text; exact when neither says otherwise. */
    public static Qualifier of(Fact f) {
        String note = (f.note() == null ? "" : f.note()) + " " + (f.valueText() == null ? "" : f.valueText());
        String text = note.toLowerCase(Locale.ROOT);
        if (UPPER.matcher(text).find()) {
            return AT_MOST;
        }
        if (LOWER.matcher(text).find()) {
            return AT_LEAST;
        }
        if (APPROX.matcher(text).find() || text.strip().startsWith("~")) {
            return APPROXIMATE;
        }
        return EXACT;
    }
}
