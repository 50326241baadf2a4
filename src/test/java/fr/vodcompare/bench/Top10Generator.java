package fr.vodcompare.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic Top 10 file in the layout of Netflix's {@code all-weeks-countries.tsv}, of the real file's size
 * (94 countries, every week from July 2021, 10 films and 10 series a week each: about 450,000 rows, 30 MB), with
 * invented titles, so that imports can be timed without Netflix's file. Prints where it wrote and how big.
 * <pre>
 * java -cp target/test-classes fr.vodcompare.bench.Top10Generator /tmp/countries.tsv [COUNTRIES] [WEEKS]
 * java -jar target/vodcompare.jar --db /tmp/bench.db import top10 /tmp/countries.tsv   # prints the time on stderr
 * </pre>
 */
public final class Top10Generator {
    private static final String[] WORDS = {"Night", "Secret", "Love", "House", "Last", "River", "Blood", "Royal", "Summer",
        "Shadow", "Queen", "Crown", "Ocean", "Killer", "Paris", "Dream", "Storm", "Wild", "Silent", "Golden"};

    private Top10Generator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "all-weeks-countries-synthetic.tsv");
        int countries = args.length > 1 ? Integer.parseInt(args[1]) : 94;
        int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 240;
        long rows = write(out, countries, weeks, new Random(12));
        System.out.printf(Locale.ROOT, "%s: %d rows, %.1f MB%n", out, rows, Files.size(out) / 1e6);
    }

    /** Writes the file; returns its number of rows (without the header). */
    static long write(Path out, int countries, int weeks, Random random) throws IOException {
        long rows = 0;
        LocalDate first = LocalDate.of(2021, 7, 4);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("country_name\tcountry_iso2\tweek\tcategory\tweekly_rank\tshow_title\tseason_title\tcumulative_weeks_in_top_10\n");
            for (int c = 0; c < countries; c++) {
                String code = "" + (char) ('A' + c / 26) + (char) ('A' + c % 26);
                String name = "Country " + code;
                for (int wk = 0; wk < weeks; wk++) {
                    String week = first.plusWeeks(wk).toString();
                    for (String category : new String[] {"Films", "TV"}) {
                        for (int rank = 1; rank <= 10; rank++) {
                            // titles come and go over the weeks: a pool that moves forward, shared between countries
                            int work = wk * 3 + random.nextInt(40);
                            String title = title(work, category);
                            String season = category.equals("TV") ? title + ": Season " + (1 + work % 4) : "N/A";
                            w.write(name + "\t" + code + "\t" + week + "\t" + category + "\t" + rank + "\t" + title + "\t"
                                    + season + "\t" + (1 + random.nextInt(8)) + "\n");
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static String title(int work, String category) {
        return WORDS[work % WORDS.length] + " " + WORDS[(work / WORDS.length) % WORDS.length] + " " + work
                + (category.equals("TV") ? " Show" : "");
    }
}
