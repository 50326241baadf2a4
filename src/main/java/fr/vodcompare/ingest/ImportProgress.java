package fr.vodcompare.ingest;

/** Told how an import goes; asked whether to stop. Called on the importing thread. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    /** A step of the import started ("reading", "writing"). */
    default void step(String what) {
    }

    /** True when the user asked to cancel: the import stops and writes nothing. */
    default boolean cancelled() {
        return false;
    }
}
