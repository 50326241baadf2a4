import fr.vodcompare.store.*;
import fr.vodcompare.ingest.*;
import java.nio.file.*;
import java.time.LocalDate;
var st = Store.open(Path.of("/tmp/fx6/v6-slim-store.db"));
var p = new ImportProgress() { public void step(String s) {} };
new CatalogueImporter(st).run(new CatalogueImport(Path.of("/tmp/fx6/mubi.csv"), "mubi", "MUBI", LocalDate.parse("2023-01-01"), "FR", CsvOptions.DEFAULT, false), p);
new CatalogueImporter(st).run(new CatalogueImport(Path.of("/tmp/fx6/mubi.csv"), "arte", "Arte", LocalDate.parse("2023-02-01"), "FR", CsvOptions.DEFAULT, false), p);
new FactsImporter(st).run(Path.of("/tmp/fx6/facts.csv"), CsvOptions.DEFAULT, false);
System.out.println(st.meta().schemaVersion());
st.close();
/exit
