package fr.vodcompare.ingest;

import fr.vodcompare.model.Sentence;

/** What an import says (an error, a warning): a {@link Sentence} of {@code fr/vodcompare/ingest/messages*.properties}. */
final class ImportSentence {
    static final String BUNDLE = "fr.vodcompare.ingest.messages";

    private ImportSentence() {
    }

    /** A number of titles: "1 title", "3,001 titles" ("1 titre", "3 001 titres"). */
    static Sentence titles(long n) {
        return of(n == 1 ? "count.titles.one" : "count.titles", n);
    }

    /** {@code key}'s sentence with {@code args} (which may be null: said "null", as before). */
    static Sentence of(String key, Object... args) {
        return Sentence.of(BUNDLE, key, args);
    }
}
