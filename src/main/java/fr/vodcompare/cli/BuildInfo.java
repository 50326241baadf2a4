package fr.vodcompare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The app's version and the commit it was built from, as Maven wrote them into {@code build.properties} at
 * build time. A build without git (from a source tarball) says "unknown" for the commit; so does a class path
 * without the filtered file (an IDE that did not run Maven's resources step).
 */
public record BuildInfo(String version, String commit) {
    static final String RESOURCE = "/fr/vodcompare/cli/build.properties";
    static final String UNKNOWN = "unknown";

    /** The build of the running app. */
    public static BuildInfo current() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return of(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + RESOURCE, e);
        }
    }

    /** From the build's properties; an unfilled or empty value reads as "unknown". */
    static BuildInfo of(Properties p) {
        return new BuildInfo(value(p.getProperty("version")), value(p.getProperty("commit")));
    }

    private static String value(String v) {
        return v == null || v.isBlank() || v.contains("${") ? UNKNOWN : v.trim();
    }

    /** "VOD Compare 0.1.0 (commit 1a2b3c4d5e6f)": the line {@code --version} prints. */
    public String line() {
        return "VOD Compare " + version + " (commit " + commit + ")";
    }

    /** What picocli prints for {@code --version}. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {current().line()};
        }
    }
}
