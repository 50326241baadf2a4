package fr.vodcompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app's French words use the typographic apostrophe (« l’écrit », not « l'écrit ») in every bundle, on screen, in
 * the command line and on the pictures; a source's own title, quoted as written (the citations), is left as it is.
 */
class FrenchTypographyTest {
    private static final List<String> BUNDLES = List.of("/fr/vodcompare/ui/messages_fr.properties",
            "/fr/vodcompare/cli/messages_fr.properties", "/fr/vodcompare/ingest/messages_fr.properties",
            "/fr/vodcompare/store/messages_fr.properties", "/fr/vodcompare/analysis/units_fr.properties",
            "/fr/vodcompare/chart/charts_fr.properties");
    private static final Pattern STRAIGHT = Pattern.compile("\\p{L}'\\p{L}");

    @Test
    void everyFrenchSentenceUsesTheTypographicApostrophe() throws Exception {
        List<String> straight = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties p = new Properties();
            try (InputStream in = FrenchTypographyTest.class.getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith("citation.") && STRAIGHT.matcher(p.getProperty(key)).find()) {
                    straight.add(bundle + " " + key + ": " + p.getProperty(key));
                }
            }
        }
        assertThat(straight).isEmpty();
    }
}
