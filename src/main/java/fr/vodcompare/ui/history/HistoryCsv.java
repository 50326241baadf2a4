package fr.vodcompare.ui.history;

import fr.vodcompare.analysis.SnapshotDiff;
import fr.vodcompare.files.AtomicFiles;
import fr.vodcompare.files.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What changed between two snapshots as CSV, one title a line: the platform, territory and the two dates, then
 * what happened to it ({@code added}, {@code no_longer_listed}, {@code changed}, {@code ambiguous}), the title, year
 * and kind, the fields that changed and the rule that matched it, or the candidates of an ambiguous row.
 */
final class HistoryCsv {
    static final List<String> HEADER = List.of("platform", "territory", "from", "to", "change", "title", "year", "kind",
            "fields", "matched_by", "candidates");

    private final SnapshotDiff diff;
    private final List<SnapshotDiff.Entry> added;
    private final List<SnapshotDiff.Entry> removed;
    private final List<SnapshotDiff.Change> changed;
    private final List<SnapshotDiff.Ambiguous> ambiguous;

    HistoryCsv(SnapshotDiff diff, List<SnapshotDiff.Entry> added, List<SnapshotDiff.Entry> removed,
               List<SnapshotDiff.Change> changed, List<SnapshotDiff.Ambiguous> ambiguous) {
        this.diff = diff;
        this.added = added;
        this.removed = removed;
        this.changed = changed;
        this.ambiguous = ambiguous;
    }

    /** Writes the file whole or not at all (UTF-8 with a byte-order mark, for Excel); returns the titles written. Any thread. */
    int write(Path file) throws Exception {
        return AtomicFiles.writeText(file, true, out -> {
            new CsvWriter(out).row(HEADER);
            for (SnapshotDiff.Entry e : added) {
                line(out, "added", e, null, null, null);
            }
            for (SnapshotDiff.Entry e : removed) {
                line(out, "no_longer_listed", e, null, null, null);
            }
            for (SnapshotDiff.Change c : changed) {
                line(out, "changed", c.title(), String.join("; ", c.fields()), c.rule().code(), null);
            }
            for (SnapshotDiff.Ambiguous a : ambiguous) {
                line(out, "ambiguous", a.title(), null, null, a.candidates().stream().map(HistoryCsv::label)
                        .collect(Collectors.joining(" | ")));
            }
            return added.size() + removed.size() + changed.size() + ambiguous.size();
        });
    }

    private void line(Writer out, String change, SnapshotDiff.Entry e, String fields, String rule, String candidates)
            throws IOException {
        new CsvWriter(out).row(Arrays.asList(diff.to().platformId(), diff.to().territory(), diff.from().asOf().toString(),
                diff.to().asOf().toString(), change, e.title(), e.year() == null ? null : e.year().toString(), e.kind().code(),
                fields, rule, candidates));
    }

    /** "Charmed (2005, series)". */
    static String label(SnapshotDiff.Entry e) {
        return e.title() + " (" + (e.year() == null ? "?" : e.year()) + ", " + e.kind().code() + ")";
    }
}
