package fr.vodcompare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a bundle of {@link fr.vodcompare.model.Sentence}s ({@code messages.properties} and {@code messages_fr.properties}
 * beside a class): every sentence in both languages with the same values, and every sentence named by the code of
 * its package (a key the code misspells leaves its sentence unused).
 */
public final class SentenceBundles {
    private SentenceBundles() {
    }

    public static Properties bundle(Class<?> beside, String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = beside.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** A sentence's placeholders ({@code %s}, {@code %,d}, {@code %te}...), sorted: the values it shows and how. */
    public static List<String> values(String sentence) {
        Matcher m = Pattern.compile("%(?:\\d+\\$|<)?([-#+ 0,(]*\\d*(?:\\.\\d+)?[tT]?[a-zA-Z%])").matcher(sentence);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        Collections.sort(found);
        return found;
    }

    /** Both languages hold the same sentences, each with the same values. */
    public static void sameInBothLanguages(Class<?> beside) throws Exception {
        Properties en = bundle(beside, "messages.properties");
        Properties fr = bundle(beside, "messages_fr.properties");
        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(values(fr.getProperty(key))).as(key).isEqualTo(values(en.getProperty(key)));
        }
    }

    /** Every sentence is named (as a string literal) by the code of {@code beside}'s package. */
    public static void everyOneSaid(Class<?> beside) throws Exception {
        StringBuilder code = new StringBuilder();
        Path dir = Path.of("src/main/java", beside.getPackageName().replace('.', '/'));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                code.append(Files.readString(f));
            }
        }
        for (String key : bundle(beside, "messages.properties").stringPropertyNames()) {
            assertThat(code).as(key).contains("\"" + key + "\"");
        }
    }
}
