package fr.vodcompare.model;

/**
 * A catalogue quota as the law states it (read from {@code data/quotas.csv}).
 *
 * @param id           rule id ("AVMSD", "SMAD_EUROPEAN_FILMS")
 * @param thresholdPct the minimum share, in percent
 * @param scope        the titles it counts over: all, films or series
 * @param qualifies    what makes a title count: {@link Qualifies#EUROPEAN} or {@link Qualifies#FRENCH}
 * @param counts       what counts, in words (with the approximation made)
 * @param legalSource  the text that sets it
 * @param url          where the text is published
 * @param article      the article, with what it says
 */
public record QuotaRule(String id, double thresholdPct, Scope scope, Qualifies qualifies, String counts, String legalSource,
                        String url, String article) {
    /** The titles a rule counts over. */
    public enum Scope {
        ALL, FILMS, SERIES;

        /** True when a title of this kind is counted. */
        public boolean includes(Kind kind) {
            return this == ALL || (this == FILMS && kind == Kind.FILM) || (this == SERIES && kind == Kind.SERIES);
        }
    }

    /** What makes a title count: a European production country, or France among its production countries. */
    public enum Qualifies {
        EUROPEAN, FRENCH
    }
}
