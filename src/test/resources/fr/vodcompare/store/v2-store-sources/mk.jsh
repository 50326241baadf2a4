import fr.vodcompare.store.*;
import fr.vodcompare.ingest.*;
import java.nio.file.*;
import java.time.LocalDate;
var st = Store.open(Path.of("/tmp/fx/v2-store.db"));
var imp = new CatalogueImporter(st);
var p = new ImportProgress() { public void step(String s) {} };
imp.run(new CatalogueImport(Path.of("/tmp/fx/nf.csv"), "netflix", "Netflix", LocalDate.parse("2021-09-25"), null, CsvOptions.DEFAULT, false), p);
imp.run(new CatalogueImport(Path.of("/tmp/fx/mubi1.csv"), "mubi", "MUBI", LocalDate.parse("2020-01-01"), "FR", CsvOptions.DEFAULT, false), p);
imp.run(new CatalogueImport(Path.of("/tmp/fx/mubi2.csv"), "mubi", "MUBI", LocalDate.parse("2021-01-01"), "FR", CsvOptions.DEFAULT, false), p);
imp.run(new CatalogueImport(Path.of("/tmp/fx/mubi3.csv"), "mubi", "MUBI", LocalDate.parse("2022-01-01"), "FR", CsvOptions.DEFAULT, false), p);
new FactsImporter(st).run(Path.of("/tmp/fx/facts.csv"), CsvOptions.DEFAULT, false);
st.close();
/exit
