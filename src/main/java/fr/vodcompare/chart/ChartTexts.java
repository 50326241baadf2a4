package fr.vodcompare.chart;

import fr.vodcompare.analysis.Period;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/** The charts' words in one language (fr or en): labels, periods, dates and source lines. Immutable. */
public final class ChartTexts {
    private static final String BUNDLE = "fr.vodcompare.chart.charts";
    private static final String REPORTED_BY = "; reported by ";

    private static final java.util.regex.Pattern MONTH_WORD = java.util.regex.Pattern.compile(
            "\\b(January|February|March|April|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b(?=[ \u2013\\-–]*(\\d{4}|\\d{1,2}\\b|[A-Z][a-z]{2}))");
    private static final Map<String, Month> MONTHS = new java.util.HashMap<>();

    static {
        for (Month mo : Month.values()) {
            MONTHS.put(mo.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 3), mo);
        }
    }

    private final Locale locale;
    private final ResourceBundle bundle;
    private final NumberText numbers;

    public ChartTexts(Locale locale) {
        this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.numbers = new NumberText(this.locale);
    }

    public Locale locale() {
        return locale;
    }

    public NumberText numbers() {
        return numbers;
    }

    /** The text of a key, {@code {0}}, {@code {1}}… replaced by the arguments (no MessageFormat quoting rules). */
    public String get(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No chart text '" + key + "' for " + locale, e);
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A period as a reader says it: "septembre 2017", "2022", "automne 2020", "T1 2020", "31 décembre 2017". */
    public String period(String period) {
        return Period.parse(period).map(p -> period(p, TextStyle.FULL_STANDALONE)).orElse(period);
    }

    /** A period, months abbreviated: "sept. 2017", "Sep 2017"; a range "2021-07/2023-12" as "juil. 2021 – déc. 2023". */
    public String shortPeriod(String period) {
        int slash = period.indexOf('/');
        if (slash > 0 && Period.parse(period.substring(0, slash)).isPresent()) {
            return shortPeriod(period.substring(0, slash)) + " \u2013 " + shortPeriod(period.substring(slash + 1));
        }
        return Period.parse(period).map(p -> period(p, TextStyle.SHORT_STANDALONE)).orElse(period);
    }

    /** A day, the month abbreviated: "25 sept. 2021", "25 Sept 2021". */
    public String shortDate(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(
                locale.getLanguage().equals("fr") ? Locale.FRANCE : Locale.UK).format(d);
    }

    private String period(Period p, TextStyle style) {
        if (p.day() > 0) {
            return date(LocalDate.of(p.year(), p.month(), p.day()));
        }
        if (p.month() > 0) {
            return month(p.month(), style) + " " + p.year();
        }
        if (p.quarter() > 0) {
            return get("period.quarter", p.quarter(), p.year());
        }
        if (p.season() != null) {
            return get("period." + p.season(), p.year());
        }
        return Integer.toString(p.year());
    }

    private String month(int month, TextStyle style) {
        String m = Month.of(month).getDisplayName(style, locale);
        if (locale.getLanguage().equals("en") && style == TextStyle.SHORT_STANDALONE && m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m;
    }

    /** A day: "25 septembre 2021", "25 September 2021". */
    public String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /**
     * A citation with the app's own words in this language, the source's title kept as written: "; reported by"
     * ("; relayé par"), the dates ("Feb 2018" → "févr. 2018", "Q1 2020" → "T1 2020") and the curators' descriptions
     * listed in the bundle ({@code citation.N=English words => mots français}).
     */
    public String citation(String citation) {
        if (citation == null || !locale.getLanguage().equals("fr")) {
            return citation;
        }
        String c = citation.replace(REPORTED_BY, get("source.reportedBy"));
        if (c.startsWith("Reported by ")) {
            c = get("source.reportedByStart") + c.substring("Reported by ".length());
        }
        for (int i = 1; bundle.containsKey("citation." + i); i++) {
            String[] pair = bundle.getString("citation." + i).split(" => ", 2);
            c = c.replace(pair[0], pair[1]);
        }
        java.util.regex.Matcher m = MONTH_WORD.matcher(c);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Month month = MONTHS.get(m.group(1).substring(0, 3));
            boolean full = m.group(1).length() > 3 && !m.group(1).equals("Sept");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    month(month.getValue(), full ? TextStyle.FULL_STANDALONE : TextStyle.SHORT_STANDALONE)));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\bQ([1-4]) (\\d{4})", "T$1 $2");
    }

    /**
     * The source line from the citations of everything shown, each primary source with the media that reported it
     * ("Sources : CNC, relayé par CB News (AFP, févr. 2018) ; CNC – Observatoire… (2022), relayé par CB News"), so a
     * report never reads as the source of another figure. Several editions of one survey ("… (Feb 2019)",
     * "… (Q1 2020)") are named once (the dates are on the chart), with the media of all of them.
     */
    public String sourceLine(Collection<String> citations) {
        List<String> parts = sourceParts(citations);
        return get(parts.size() > 1 ? "source.many" : "source.one", String.join(get("source.separator"), parts));
    }

    /** The parts of {@link #sourceLine}: one per primary source, with the media that reported it. */
    public List<String> sourceParts(Collection<String> citations) {
        Map<String, Set<String>> editions = new LinkedHashMap<>();
        Map<String, Set<String>> media = new LinkedHashMap<>();
        for (String c : citations) {
            int i = c.indexOf(REPORTED_BY);
            String primary = i < 0 ? c.strip() : c.substring(0, i).strip();
            String base = primary.replaceAll("\\s*\\([^()]*\\)\\s*$", "");
            editions.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(primary);
            Set<String> vias = media.computeIfAbsent(base, k -> new LinkedHashSet<>());
            if (i >= 0) {
                vias.add(c.substring(i + REPORTED_BY.length()).strip());
            }
        }
        List<String> parts = new ArrayList<>();
        editions.forEach((base, all) -> {
            String name = all.size() > 1 ? base : all.iterator().next();
            List<String> vias = new ArrayList<>(media.get(base));
            // "CB News" is dropped when "CB News (AFP, Feb 2018)" reported the same source
            vias.removeIf(m -> media.get(base).stream().anyMatch(o -> !o.equals(m) && o.startsWith(m + " (")));
            String shown = citation(name);
            parts.add(vias.isEmpty() ? shown : shown + get("source.via", citation(String.join(", ", vias))));
        });
        return parts;
    }
}
