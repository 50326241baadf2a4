package fr.vodcompare.ui.catalogue;

import fr.vodcompare.model.Title;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.files.AtomicFiles;
import fr.vodcompare.files.CsvWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes titles as CSV in the layout the importer reads (the Kaggle columns plus the platform), so an
 * export can be opened in a spreadsheet or imported again. UTF-8 with a byte-order mark, for Excel.
 */
final class TitleCsvWriter {
    static final List<String> HEADER = List.of("platform", "show_id", "type", "title", "director", "cast", "country",
            "date_added", "release_year", "rating", "duration", "listed_in", "description");

    /** Where the rows come from. */
    @FunctionalInterface
    interface Source {
        void each(TitleBrowseQueries.RowSink sink) throws Exception;
    }

    private TitleCsvWriter() {
    }

    /** Writes every row of {@code source} to {@code file} (whole or not at all); returns how many. Any thread. */
    static int write(Path file, Source source) throws Exception {
        return AtomicFiles.writeText(file, true, out -> {
            CsvWriter csv = new CsvWriter(out).row(HEADER);
            int[] n = {0};
            source.each(row -> {
                csv.row(cells(row));
                n[0]++;
            });
            return n[0];
        });
    }

    static List<Object> cells(TitleBrowseQueries.Row row) {
        Title t = row.title();
        return Arrays.<Object>asList(row.platformName(), t.showId(), t.kind().code(), t.name(), t.director(), t.cast(),
                String.join(", ", t.countries()), t.dateAdded() == null ? null : t.dateAdded().toString(),
                t.releaseYear(), t.rating(), t.duration(),
                String.join(", ", t.genres()), t.description());
    }
}
