import fr.vodcompare.store.*;
import fr.vodcompare.ingest.*;
import java.nio.file.*;
import java.time.LocalDate;
var dir = "/tmp/fx6/";
var st = Store.open(Path.of(dir + "v6-store.db"));
var p = new ImportProgress() { public void step(String s) {} };
void imp(Store st, ImportProgress p, String file, String id, String name, String date, String territory) throws Exception {
    new CatalogueImporter(st).run(new CatalogueImport(Path.of("/tmp/fx6/" + file), id, name, LocalDate.parse(date), territory, CsvOptions.DEFAULT, false), p);
}
imp(st, p, "mubi-2023-01.csv", "mubi", "MUBI", "2023-01-01", "FR");
imp(st, p, "mubi-2024-01.csv", "mubi", "MUBI", "2024-01-01", "FR");
imp(st, p, "mubi-us-2023-09.csv", "mubi", "MUBI", "2023-09-01", "US");
imp(st, p, "mubi-2023-06.csv", "mubi", "MUBI", "2023-06-01", "FR");
imp(st, p, "filmo-2023-03.csv", "filmo", "Filmo", "2023-03-01", "FR");
System.out.println(st.meta().schemaVersion());
st.close();
/exit
