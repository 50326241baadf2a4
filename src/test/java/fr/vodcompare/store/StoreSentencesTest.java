package fr.vodcompare.store;

import fr.vodcompare.testing.SentenceBundles;
import org.junit.jupiter.api.Test;

/** The store's sentences (its faults, said in English and in French): the same in both languages, each one said. */
class StoreSentencesTest {
    @Test
    void everySentenceIsInBothLanguagesWithTheSameValues() throws Exception {
        SentenceBundles.sameInBothLanguages(StoreException.class);
    }

    @Test
    void everySentenceIsSaidByTheStore() throws Exception {
        SentenceBundles.everyOneSaid(StoreException.class);
    }
}
