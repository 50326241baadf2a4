package fr.vodcompare.ui.importing;

import fr.vodcompare.ingest.ImportException;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.UiMessage;

/** Why an import or its preview failed, in plain words for the dialog; nothing was written in any case. */
final class ImportProblems {
    private ImportProblems() {
    }

    /** True when the file is not UTF-8 (French Excel writes windows-1252). */
    static boolean notUtf8(Throwable e) {
        return e instanceof ImportException && "encoding.notUtf8".equals(((ImportException) e).key());
    }

    /** What is wrong with the file, said in the language of the window that shows it. */
    static UiMessage.Words problem(ImportException e) {
        return new UiMessage.Words(e.problem(), e::problem);
    }

    /** What is wrong with a catalogue's platform id or territory, or null. */
    static UiMessage checkCatalogue(String platformId, String territory) {
        if (!platformId.strip().matches("[a-z0-9_]+")) {
            return new UiMessage("import.check.platform");
        }
        if (!territory.isBlank() && !territory.strip().matches("[A-Za-z]{2}")) {
            return new UiMessage("import.check.territory");
        }
        return null;
    }

    /** The failure in plain words; nothing was written in any case. */
    static UiMessage plain(Throwable e) {
        if (notUtf8(e)) {
            return new UiMessage("import.failed.encoding", ((ImportException) e).line());
        }
        if (e instanceof ImportException) {
            ImportException ie = (ImportException) e;
            return ie.line() > 0 ? new UiMessage("import.failed.line", ie.line(), problem(ie))
                    : new UiMessage("import.failed.file", problem(ie));
        }
        if (e instanceof StoreException) {
            return new UiMessage("import.failed.store", Failures.words(e));
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new UiMessage("import.failed.file", "no such file");
        }
        if (e instanceof java.io.IOException) {
            return new UiMessage("import.failed.file", String.valueOf(e.getMessage()));
        }
        return new UiMessage("import.failed.other", String.valueOf(e.getMessage()));
    }
}
