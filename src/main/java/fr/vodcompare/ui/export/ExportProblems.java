package fr.vodcompare.ui.export;

import fr.vodcompare.store.StoreException;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.UiMessage;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Why an export failed, in plain words for the user (the log has the stack trace). Any thread. */
public final class ExportProblems {
    private ExportProblems() {
    }

    /** The message for what the export threw. */
    public static UiMessage of(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof FileSystemException) && !(t instanceof StoreException)) {
            t = t.getCause();
        }
        String text = String.valueOf(t.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (t instanceof AccessDeniedException) {
            return new UiMessage("export.problem.denied", ((AccessDeniedException) t).getFile());
        }
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return new UiMessage("export.problem.space");
        }
        if (t instanceof NoSuchFileException || lower.contains("does not exist")) {
            return new UiMessage("export.problem.noFolder");
        }
        if (t instanceof StoreException) {
            return new UiMessage("export.problem.data", Failures.words(t));
        }
        return new UiMessage("export.problem.other", text);
    }
}
