package fr.vodcompare.model;

/**
 * One sourced figure.
 *
 * @param platformId    registry id, or null for market-wide or multi-platform figures
 * @param platformLabel the subject as the source wrote it ("Amazon", "all", "Netflix (Lupin)")
 * @param period        period as the source gives it (2017-09, 2018, 2022-Q1, 2021-07/2023-12)
 * @param low           value, or the low end of a range; null for a non-numeric value
 * @param high          high end of a range; equal to low for a single value
 * @param valueText     the value as written ("7-8", "2014-09-15")
 */
public record Fact(long id, String metric, String platformId, String platformLabel, String period, Double low,
                   Double high, String valueText, String unit, Source source, String note) {
    /** How the note of a figure with an impossible value, imported anyway ({@code import facts --force}), begins. */
    public static final String FLAGGED = "Flagged: ";

    /** True for a figure whose value is impossible (a share over 100 %, a negative count), imported with --force. */
    public boolean flagged() {
        return note != null && note.startsWith(FLAGGED);
    }

    public boolean isRange() {
        return low != null && high != null && !low.equals(high);
    }
}
