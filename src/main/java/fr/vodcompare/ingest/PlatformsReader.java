package fr.vodcompare.ingest;

import fr.vodcompare.model.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the platform registry: {@code id,name,owner,launch_fr,colour,aliases} (aliases separated by '|'). */
public final class PlatformsReader {
    private PlatformsReader() {
    }

    public static List<Platform> read(CsvTable table) throws ImportException {
        table.require(List.of("id", "name"), "id,name,owner,launch_fr,colour,aliases");
        List<Platform> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = table.value(row, "id");
            String colour = table.value(row, "colour");
            if (id == null || !id.matches("[a-z0-9_]+")) {
                throw new ImportException(table.file(), row.line(), "id '" + id + "' is not a snake_case id");
            }
            if (colour != null && !colour.matches("#[0-9A-Fa-f]{6}")) {
                throw new ImportException(table.file(), row.line(), "colour '" + colour + "'; expected #RRGGBB");
            }
            List<String> aliases = table.get(row, "aliases")
                    .map(a -> Arrays.stream(a.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of());
            out.add(new Platform(id, table.value(row, "name"), table.value(row, "owner"), table.value(row, "launch_fr"),
                    colour, aliases));
        }
        return out;
    }
}
