// Makes v13-store.db with the schema-13 app (main at 72a6b7d): jshell --class-path target/vodcompare.jar mk.jsh, run from
// src/test/resources/fr/vodcompare/store/v13-store-sources with that build's jar, then copy /tmp/fx13/v13-store.db here.
// Alpha: a first catalogue (ids a1-a4 and 'c#1'), then one where Quatre Films has a new id (b4: in the file's lineage, a new
// title) and Trois Saisons has 4 seasons. Beta: ten titles x1-x10, then a file that reuses x1-x10 for other
// titles but Gamma, and names Alpha y1 (not the same lineage: matched by title; the nine new titles' keys made unique,
// 'id:x1#n'; y1 names Alpha, whose key says x1).
import fr.vodcompare.store.*;
import fr.vodcompare.ingest.*;
import java.nio.file.*;
import java.time.LocalDate;
var st = Store.open(Path.of("/tmp/fx13/v13-store.db"));
var p = new ImportProgress() { public void step(String s) {} };
void imp(Store st, ImportProgress p, String file, String id, String name, String date, String territory) throws Exception {
    new CatalogueImporter(st).run(new CatalogueImport(Path.of(file), id, name, LocalDate.parse(date), territory, CsvOptions.DEFAULT, false), p);
}
imp(st, p, "alpha-2023-01.csv", "alpha", "Alpha", "2023-01-01", "FR");
imp(st, p, "alpha-2023-06.csv", "alpha", "Alpha", "2023-06-01", "FR");
imp(st, p, "beta-2023-01.csv", "beta", "Beta", "2023-01-01", "FR");
imp(st, p, "beta-2023-06.csv", "beta", "Beta", "2023-06-01", "FR");
System.out.println(st.meta().schemaVersion());
st.close();
/exit
