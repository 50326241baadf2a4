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
 * @param status        official, estimate, approximate, or not stated (a file without the column)
 * @param qualifier     the sign the value is given with: none, ≈, ≤ (an upper bound), ≥ (a lower bound)
 * @param scope         where the figure holds as the source says ("FR", "world", "EU"), or null when not stated
 * @param publisher     who produced the figure ("CNC", "IHS Markit"), or null when not stated; the media that
 *                      reported it are in the citation
 */
public record Fact(long id, String metric, String platformId, String platformLabel, String period, Double low,
                   Double high, String valueText, String unit, Source source, String note, FactStatus status,
                   Qualifier qualifier, String scope, String publisher) {
    /** How the note of a figure with an impossible value, imported anyway ({@code import facts --force}), begins. */
    public static final String FLAGGED = "Flagged: ";

    public Fact {
        status = status == null ? FactStatus.NOT_STATED : status;
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        scope = scope == null || scope.isBlank() ? null : scope.strip();
        publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
    }

    /** A figure whose file said nothing of its meaning: status and scope not stated, no qualifier, no publisher. */
    public Fact(long id, String metric, String platformId, String platformLabel, String period, Double low,
                Double high, String valueText, String unit, Source source, String note) {
        this(id, metric, platformId, platformLabel, period, low, high, valueText, unit, source, note, FactStatus.NOT_STATED,
                Qualifier.EXACT, null, null);
    }

    /** The same figure of the registry's platform {@code id} (null: market-wide or not in the registry). */
    public Fact withPlatform(String id) {
        return new Fact(this.id, metric, id, platformLabel, period, low, high, valueText, unit, source, note, status, qualifier,
                scope, publisher);
    }

    /** True when the scope is stated and is {@code code} ("FR", "world"), case ignored. */
    public boolean scopeIs(String code) {
        return scope != null && scope.equalsIgnoreCase(code);
    }

    /** True for a figure whose value is impossible (a share over 100 %, a negative count), imported with --force. */
    public boolean flagged() {
        return note != null && note.startsWith(FLAGGED);
    }

    public boolean isRange() {
        return low != null && high != null && !low.equals(high);
    }
}
