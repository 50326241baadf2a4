// Makes v15-store.db with the schema-15 app (main at 76fe2a0): jshell --class-path target/vodcompare.jar mk.jsh, run from
// src/test/resources/fr/vodcompare/store/v15-store-sources with that build's jar, then copy /tmp/fx15/v15-store.db here.
// v14-store's imports: v13-store's files (../v13-store-sources), then Alpha's January file again as of March (a snapshot
// between two others: presence runs split and joined) and Beta's June file as of June in the US. alpha-2024-01.csv (Un
// Film 99 min) is MigrationV16Test's next file.
import fr.vodcompare.store.*;
import fr.vodcompare.ingest.*;
import java.nio.file.*;
import java.time.LocalDate;
var st = Store.open(Path.of("/tmp/fx15/v15-store.db"));
var p = new ImportProgress() { public void step(String s) {} };
void imp(Store st, ImportProgress p, String file, String id, String name, String date, String territory) throws Exception {
    new CatalogueImporter(st).run(new CatalogueImport(Path.of("../v13-store-sources/" + file), id, name, LocalDate.parse(date), territory, CsvOptions.DEFAULT, false), p);
}
imp(st, p, "alpha-2023-01.csv", "alpha", "Alpha", "2023-01-01", "FR");
imp(st, p, "alpha-2023-06.csv", "alpha", "Alpha", "2023-06-01", "FR");
imp(st, p, "beta-2023-01.csv", "beta", "Beta", "2023-01-01", "FR");
imp(st, p, "beta-2023-06.csv", "beta", "Beta", "2023-06-01", "FR");
imp(st, p, "alpha-2023-01.csv", "alpha", "Alpha", "2023-03-01", "FR");
imp(st, p, "beta-2023-06.csv", "beta", "Beta", "2023-06-01", "US");
System.out.println(st.meta().schemaVersion());
st.close();
/exit
