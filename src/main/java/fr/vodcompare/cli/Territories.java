package fr.vodcompare.cli;

import fr.vodcompare.model.Snapshot;
import java.util.Locale;

/** The {@code --territory} option's values: a two-letter code such as FR, or {@code unstated}. */
final class Territories {
    private Territories() {
    }

    /** The code a user typed, normalised; bad usage when it is neither two letters nor {@code unstated}. */
    static String option(String raw) throws Cli.UsageException {
        if (raw == null) {
            return null;
        }
        String t = raw.strip();
        if (t.equalsIgnoreCase(Snapshot.UNSTATED)) {
            return Snapshot.UNSTATED;
        }
        if (!t.matches("[A-Za-z]{2}")) {
            throw new Cli.UsageException("--territory: '" + raw + "'; expected a two-letter country code such as FR, or 'unstated'");
        }
        return t.toUpperCase(Locale.ROOT);
    }
}
