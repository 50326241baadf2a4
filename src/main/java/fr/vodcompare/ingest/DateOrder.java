package fr.vodcompare.ingest;

/** How a file writes numeric dates NN/NN/YYYY: day first (the French way) or month first (the US way). */
public enum DateOrder {
    DAY_FIRST("DD/MM/YYYY"),
    MONTH_FIRST("MM/DD/YYYY");

    private final String pattern;

    DateOrder(String pattern) {
        this.pattern = pattern;
    }

    /** As the user writes it: {@code DD/MM/YYYY} or {@code MM/DD/YYYY}. */
    public String pattern() {
        return pattern;
    }

    /** The order a user named ("DD/MM/YYYY", case and separators ignored), or null. */
    public static DateOrder parse(String s) {
        if (s == null) {
            return null;
        }
        String k = s.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^DMY]", "");
        for (DateOrder o : values()) {
            if (o.pattern.replace("/", "").equals(k)) {
                return o;
            }
        }
        return null;
    }
}
