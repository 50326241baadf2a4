package fr.vodcompare.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic Top 10 files in the layouts of Netflix's {@code all-weeks-countries.tsv} and
 * {@code all-weeks-global.tsv}, of the real files' size (94 countries, France first, every week from July 2021,
 * 10 films and 10 series a week each: about 450,000 rows, 30 MB), so that imports can be timed and the charts looked
 * at without Netflix's files. The titles are invented, with a share of the bundled Netflix catalogue's titles mixed in
 * (read from {@code data/catalogues/netflix_titles.csv} when it is there) so that some works link. Prints what it wrote.
 * <pre>
 * java -cp target/test-classes fr.vodcompare.bench.Top10Generator DIR [COUNTRIES] [WEEKS]
 * java -jar target/vodcompare.jar --db /tmp/bench.db import top10 DIR/all-weeks-countries.tsv   # time on stderr
 * </pre>
 */
public final class Top10Generator {
    private static final String[] WORDS = {"Night", "Secret", "Love", "House", "Last", "River", "Blood", "Royal", "Summer",
        "Shadow", "Queen", "Crown", "Ocean", "Killer", "Paris", "Dream", "Storm", "Wild", "Silent", "Golden"};
    private static final String[] GLOBAL = {"Films (English)", "Films (Non-English)", "TV (English)", "TV (Non-English)"};

    private final Random random = new Random(12);
    private final List<String> films = new ArrayList<>();
    private final List<String> series = new ArrayList<>();

    private Top10Generator(Path catalogue) throws IOException {
        if (Files.exists(catalogue)) {
            for (String line : Files.readAllLines(catalogue, StandardCharsets.UTF_8)) {
                String[] cells = line.split(",", 4);
                // rows whose title is not quoted are enough for a pool
                if (cells.length == 4 && !cells[2].startsWith("\"")) {
                    (cells[1].equals("Movie") ? films : series).add(cells[2]);
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        int countries = args.length > 1 ? Integer.parseInt(args[1]) : 94;
        int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 240;
        Files.createDirectories(dir);
        Top10Generator g = new Top10Generator(Path.of("data/catalogues/netflix_titles.csv"));
        Path c = dir.resolve("all-weeks-countries.tsv");
        long rows = g.countries(c, countries, weeks);
        System.out.printf(Locale.ROOT, "%s: %d rows, %.1f MB%n", c, rows, Files.size(c) / 1e6);
        Path w = dir.resolve("all-weeks-global.tsv");
        rows = g.global(w, weeks);
        System.out.printf(Locale.ROOT, "%s: %d rows, %.1f MB%n", w, rows, Files.size(w) / 1e6);
    }

    private long countries(Path out, int countries, int weeks) throws IOException {
        long rows = 0;
        LocalDate first = LocalDate.of(2021, 7, 4);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("country_name\tcountry_iso2\tweek\tcategory\tweekly_rank\tshow_title\tseason_title\tcumulative_weeks_in_top_10\n");
            for (int c = 0; c < countries; c++) {
                String code = c == 0 ? "FR" : "" + (char) ('A' + c / 26) + (char) ('A' + c % 26);
                String name = c == 0 ? "France" : "Country " + code;
                for (int wk = 0; wk < weeks; wk++) {
                    for (String category : new String[] {"Films", "TV"}) {
                        for (int rank = 1; rank <= 10; rank++) {
                            w.write(name + "\t" + code + "\t" + first.plusWeeks(wk) + "\t" + category + "\t" + rank + "\t"
                                    + line(wk, category.equals("TV")) + "\n");
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private long global(Path out, int weeks) throws IOException {
        long rows = 0;
        LocalDate first = LocalDate.of(2021, 7, 4);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\truntime\tweekly_views\t"
                    + "cumulative_weeks_in_top_10\tis_staggered_launch\tepisode_launch_details\n");
            for (int wk = 0; wk < weeks; wk++) {
                for (String category : GLOBAL) {
                    for (int rank = 1; rank <= 10; rank++) {
                        String[] cells = line(wk, category.startsWith("TV")).split("\t");
                        long hours = 1_000_000L * (60 - rank * 5 + random.nextInt(5));
                        // early weeks leave runtime and views empty, as Netflix's older files do
                        String runtime = wk < 100 ? "" : String.format(Locale.ROOT, "%.4f", 1.5 + random.nextInt(8) / 4.0);
                        String views = wk < 100 ? "" : Long.toString(hours / 2);
                        w.write(first.plusWeeks(wk) + "\t" + category + "\t" + rank + "\t" + cells[0] + "\t" + cells[1] + "\t"
                                + hours + "\t" + runtime + "\t" + views + "\t" + cells[2] + "\tFalse\t\n");
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** show_title, season_title and cumulative weeks of one line: titles come and go as the weeks pass. */
    private String line(int week, boolean tv) {
        int work = week * 3 + random.nextInt(40);
        List<String> pool = tv ? series : films;
        String title = work % 3 == 0 && !pool.isEmpty() ? pool.get(work % pool.size())
                : WORDS[work % WORDS.length] + " " + WORDS[(work / WORDS.length) % WORDS.length] + " " + work + (tv ? " Show" : "");
        String season = tv ? title + ": Season " + (1 + work % 4) : "N/A";
        return title + "\t" + season + "\t" + (1 + random.nextInt(8));
    }
}
