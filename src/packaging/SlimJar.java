import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the app's jar for an installer, leaving out the SQLite driver's native libraries for other systems
 * and processors (about 20 MB): an installer runs on the system it was made on, which the jar's JavaFX
 * libraries already require. usage: {@code java src/packaging/SlimJar.java IN.jar OUT.jar FOLDER...} where each
 * FOLDER is one of the driver's, as {@code org.sqlite.util.OSInfo} prints it ({@code Linux/x86_64}).
 */
public final class SlimJar {
    private static final String NATIVE = "org/sqlite/native/";

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SlimJar IN.jar OUT.jar FOLDER...");
            System.exit(2);
        }
        List<String> keep = Arrays.stream(args).skip(2).map(f -> NATIVE + f + "/").toList();
        int dropped = 0;
        int kept = 0;
        try (InputStream raw = Files.newInputStream(Path.of(args[0]));
             ZipInputStream in = new ZipInputStream(raw);
             OutputStream rawOut = Files.newOutputStream(Path.of(args[1]));
             ZipOutputStream out = new ZipOutputStream(rawOut)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.startsWith(NATIVE) && !e.isDirectory() && keep.stream().noneMatch(name::startsWith)) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
                if (name.startsWith(NATIVE) && !e.isDirectory()) {
                    kept++;
                }
            }
        }
        if (kept == 0) {
            System.err.println("SlimJar: no SQLite native library for " + keep + " in " + args[0]);
            System.exit(1);
        }
        System.err.println("SlimJar: kept " + kept + " SQLite native libraries (" + String.join(", ", keep) + "), left out " + dropped);
    }
}
