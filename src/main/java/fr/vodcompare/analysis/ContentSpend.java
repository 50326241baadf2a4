package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Worldwide content spend per platform and year (IHS Markit and others), ranges kept as ranges.
 * When sources disagree for a platform and year, one figure is shown (the one from the publisher most of the figures
 * come from, by the facts' {@code publisher} column: IHS Markit in the bundled data), so that a series keeps one way of
 * counting, and the others are kept as alternative estimates for the notes.
 *
 * @param shown        one figure per platform and year, oldest first
 * @param alternatives the other estimates for a shown platform and year
 */
public record ContentSpend(List<Fact> shown, List<Fact> alternatives) {
    public static final String METRIC = "content_spend_global";

    public static ContentSpend of(List<Fact> all) {
        Map<String, List<Fact>> byCell = new LinkedHashMap<>();
        all.stream().filter(f -> METRIC.equals(f.metric()) && f.platformId() != null && f.low() != null)
                .sorted(Facts.byPeriod())
                .forEach(f -> byCell.computeIfAbsent(f.platformId() + "|" + f.period(), k -> new ArrayList<>()).add(f));
        Map<String, Long> byPublisher = byCell.values().stream().flatMap(List::stream).filter(f -> f.publisher() != null)
                .collect(Collectors.groupingBy(Fact::publisher, LinkedHashMap::new, Collectors.counting()));
        String main = byPublisher.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<Fact> shown = new ArrayList<>();
        List<Fact> alternatives = new ArrayList<>();
        for (List<Fact> cell : byCell.values()) {
            Fact pick = cell.stream().filter(f -> main != null && main.equals(f.publisher())).findFirst().orElse(cell.get(0));
            shown.add(pick);
            cell.stream().filter(f -> f != pick).forEach(alternatives::add);
        }
        return new ContentSpend(shown, alternatives);
    }

    /** True for a budget announced ahead of the year rather than spent ("planned" in the fact's note). */
    public static boolean planned(Fact f) {
        return f.note() != null && f.note().toLowerCase(Locale.ROOT).contains("planned");
    }

    public List<String> periods() {
        return Facts.periods(shown);
    }
}
