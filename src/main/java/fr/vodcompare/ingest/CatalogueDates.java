package fr.vodcompare.ingest;

import fr.vodcompare.model.Sentence;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a catalogue file's {@code date_added} column. {@code YYYY-MM-DD} always; written-out
 * dates in English or French; for {@code NN/NN/YYYY} the file decides once: a first field over 12
 * somewhere makes it day first, a second field over 12 month first; when nothing decides, day first
 * (the French convention) with one warning. Dates more than a day in the future are refused with a
 * warning. Not thread-safe: one per file.
 */
final class CatalogueDates {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final List<DateTimeFormatter> WORDS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH).withResolverStyle(ResolverStyle.STRICT));

    /** What reading one value gave: a date, or null with the reason to warn. */
    record Parsed(LocalDate date, String problemKey, java.util.List<String> problemArgs) {
        Parsed(LocalDate date) {
            this(date, null, java.util.List.of());
        }

        static Parsed problem(String key, Object... args) {
            return new Parsed(null, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        /** What was wrong with the value, in English, or null. */
        String problem() {
            return problemKey == null ? null : ImportWarning.english(problemKey, problemArgs.toArray());
        }

    }

    private static final int KNOWN = 20_000;

    /**
     * Written-out and ISO dates already read, by their raw value (at most {@link #KNOWN}): a catalogue repeats a few
     * thousand dates, and each written-out one was parsed by up to four formatters (a tenth of the reader's time on
     * 1,000,000 rows). Numeric dates are read each time: they decide the file's order as they come.
     */
    private final Map<String, LocalDate> known = new HashMap<>();
    private final DateOrder order;
    /** True when the order was neither forced nor decided by the file: the first ambiguous date is reported. */
    private final boolean assumed;
    private final LocalDate latest;
    private boolean assumptionReported;
    /** Provisional ({@link #provisional}): what the values read so far say of the order, and the assumption's warning. */
    private final boolean provisional;
    private boolean sawDayFirst;
    private boolean sawMonthFirst;
    private Sentence assumptionWarning;

    private CatalogueDates(DateOrder order, boolean assumed, LocalDate today) {
        this(order, assumed, today, false);
    }

    private CatalogueDates(DateOrder order, boolean assumed, LocalDate today, boolean provisional) {
        this.order = order;
        this.assumed = assumed;
        this.provisional = provisional;
        this.latest = today.plusDays(1);
    }

    /**
     * Decides how the file's numeric dates read.
     *
     * @param values the column's raw values
     * @param forced the order the user chose, or null to decide from the file
     * @param today  today's date (dates after tomorrow are refused)
     */
    static CatalogueDates of(Iterable<String> values, DateOrder forced, LocalDate today) {
        if (forced != null) {
            return new CatalogueDates(forced, false, today);
        }
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String v : values) {
            Matcher m = v == null ? null : NUMERIC.matcher(v.strip());
            if (m != null && m.matches()) {
                dayFirst |= Integer.parseInt(m.group(1)) > 12;
                monthFirst |= Integer.parseInt(m.group(2)) > 12;
            }
        }
        if (monthFirst && !dayFirst) {
            return new CatalogueDates(DateOrder.MONTH_FIRST, false, today);
        }
        return new CatalogueDates(DateOrder.DAY_FIRST, !dayFirst, today);
    }

    /**
     * For a file read once, row by row: numeric dates are read day first until the file has been read, then
     * {@link #verdict()} says whether that held (the same decision as {@link #of}, made at the end).
     */
    static CatalogueDates provisional(DateOrder forced, LocalDate today) {
        return forced != null ? new CatalogueDates(forced, false, today) : new CatalogueDates(DateOrder.DAY_FIRST, true, today, true);
    }

    /** After a provisional read: what {@link #of} would have decided from every value. */
    enum Verdict {
        /** The dates were read as {@link #of} reads them. */
        HELD,
        /** Day first was decided by the file: the assumption's warning ({@link #assumptionWarning()}) must go. */
        HELD_WITHOUT_ASSUMPTION,
        /** The file writes month first: read it again with {@link DateOrder#MONTH_FIRST}. */
        READ_AGAIN_MONTH_FIRST
    }

    Verdict verdict() {
        if (!provisional) {
            return Verdict.HELD;
        }
        if (sawMonthFirst && !sawDayFirst) {
            return Verdict.READ_AGAIN_MONTH_FIRST;
        }
        return sawDayFirst && assumptionWarning != null ? Verdict.HELD_WITHOUT_ASSUMPTION : Verdict.HELD;
    }

    /** The warning that said the order was assumed, or null. */
    Sentence assumptionWarning() {
        return assumptionWarning;
    }

    /** Reads one value; blank is no date. */
    Parsed parse(String raw, java.util.function.Consumer<Sentence> warn) {
        if (raw == null || raw.isBlank()) {
            return new Parsed(null);
        }
        LocalDate d = known.get(raw);
        if (d == null) {
            d = read(raw, warn);
        }
        if (d == null) {
            return Parsed.problem("date.invalid", raw, order.pattern());
        }
        if (d.isAfter(latest)) {
            return Parsed.problem("date.future", raw);
        }
        return new Parsed(d);
    }

    /**
     * A value not read before (or numeric), or null. Apart from {@link #parse} so that the compiler makes the code of
     * a value already read small: a catalogue repeats a few thousand dates, and the optimising compiler spent 0.6 s of
     * a core at the start of a 1,000,000-title import on this code inlined there (regular expressions and formatters).
     */
    private LocalDate read(String raw, java.util.function.Consumer<Sentence> warn) {
        String s = raw.strip().replaceAll("\\s+", " ");
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            return numeric(m, s, warn);
        }
        LocalDate d = written(s);
        if (d != null && known.size() < KNOWN) {
            known.put(raw, d);
        }
        return d;
    }

    private LocalDate numeric(Matcher m, String s, java.util.function.Consumer<Sentence> warn) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        sawDayFirst |= a > 12;
        sawMonthFirst |= b > 12;
        try {
            LocalDate d = order == DateOrder.DAY_FIRST ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
            if (assumed && a <= 12 && b <= 12 && a != b && !assumptionReported) {
                assumptionReported = true;
                // "01/07/2021 read as 1 July 2021; use --date-format MM/DD/YYYY for 7 January": the month named
                assumptionWarning = ImportSentence.of("date.assumed", s, d, y, LocalDate.of(y, a, b));
                warn.accept(assumptionWarning);
            }
            return d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date in ISO or written out, or null. */
    private static LocalDate written(String s) {
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException ignored) {
            // a written-out date, perhaps
        }
        for (DateTimeFormatter f : WORDS) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next layout
            }
        }
        return null;
    }
}
