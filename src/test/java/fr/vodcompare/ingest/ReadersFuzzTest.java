package fr.vodcompare.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The catalogue and facts readers on any bytes: the only outcomes allowed are rows read or a clean
 * {@link ImportException}; an uncaught exception, a hang or running out of memory is a finding.
 * In a normal build these replay the inputs committed under {@code ReadersFuzzTestInputs/} (every past
 * finding and a few seed files) in seconds; {@code scripts/fuzz MINUTES} fuzzes them for real.
 */
class ReadersFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void catalogue(byte[] file) {
        try {
            CsvTable table = CsvTable.read("fuzz.csv", new ByteArrayInputStream(file), CsvOptions.DEFAULT);
            CatalogueReader.read(table, "fuzz");
        } catch (ImportException refused) {
            // a clean refusal, naming a line: allowed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void facts(byte[] file) {
        try {
            CsvTable table = CsvTable.read("fuzz.csv", new ByteArrayInputStream(file), CsvOptions.DEFAULT);
            FactsReader.read(table, true);
        } catch (ImportException refused) {
            // a clean refusal, naming a line: allowed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
