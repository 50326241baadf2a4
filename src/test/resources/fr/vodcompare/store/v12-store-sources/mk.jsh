// Makes v12-store.db with the schema-12 app (main at c260fa3): jshell --class-path target/vodcompare.jar mk.jsh, run from
// src/test/resources/fr/vodcompare/store/v12-store-sources with that build's jar; the files are v6-store's (../v6-store-sources).
// MUBI's FR snapshots and one US, Filmo's FR one: Amélie matched on both (the import matches).
import fr.vodcompare.store.*;
import fr.vodcompare.ingest.*;
import java.nio.file.*;
import java.time.LocalDate;
var st = Store.open(Path.of("/tmp/fx12/v12-store.db"));
var p = new ImportProgress() { public void step(String s) {} };
void imp(Store st, ImportProgress p, String file, String id, String name, String date, String territory) throws Exception {
    new CatalogueImporter(st).run(new CatalogueImport(Path.of("../v6-store-sources/" + file), id, name, LocalDate.parse(date), territory, CsvOptions.DEFAULT, false), p);
}
imp(st, p, "mubi-2023-01.csv", "mubi", "MUBI", "2023-01-01", "FR");
imp(st, p, "mubi-2024-01.csv", "mubi", "MUBI", "2024-01-01", "FR");
imp(st, p, "mubi-us-2023-09.csv", "mubi", "MUBI", "2023-09-01", "US");
imp(st, p, "mubi-2023-06.csv", "mubi", "MUBI", "2023-06-01", "FR");
imp(st, p, "filmo-2023-03.csv", "filmo", "Filmo", "2023-03-01", "FR");
System.out.println(st.meta().schemaVersion());
st.close();
/exit
