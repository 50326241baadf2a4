package fr.vodcompare.chart;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a chart shows, computed from the store and already written in one language: what the
 * factory draws and what the CSV export writes. Immutable; built off the FX thread.
 *
 * @param id                stable id ("catalogue-size")
 * @param title             headline
 * @param subtitle          what is measured, and when
 * @param categoryAxisLabel label of the category (or time) axis, may be empty
 * @param valueAxisLabel    label of the value axis, with its unit
 * @param categories        categories in reading order (bar charts); empty for line charts
 * @param reference         a reference value drawn across the chart (a quota), or null
 * @param notes             coverage, method and caveats, each printed on its own line
 * @param source            the source line ("Source : CNC…")
 * @param dataDate          when the data describes, as printed ("Données : septembre 2017")
 */
public record ChartSpec(String id, ChartType type, Locale locale, String title, String subtitle, String categoryAxisLabel,
                        String valueAxisLabel, ValueUnit unit, List<String> categories, List<ChartSeries> series,
                        Reference reference, List<String> notes, String source, String dataDate) {
    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        notes = List.copyOf(notes);
        if (series.stream().allMatch(s -> s.points().stream().allMatch(ChartPoint::isMissing))) {
            // no figure, no source: an empty chart has no "Source :" line and no data date
            source = "";
            dataDate = "";
        }
    }

    /** A value drawn as a line across the chart, with its label ("AVMSD quota: 30%"). */
    public record Reference(double value, String label) {
    }

    /** The same chart with another headline (blank keeps this one). */
    public ChartSpec withTitle(String newTitle) {
        return newTitle == null || newTitle.isBlank() ? this : new ChartSpec(id, type, locale, newTitle, subtitle,
                categoryAxisLabel, valueAxisLabel, unit, categories, series, reference, notes, source, dataDate);
    }

    /** The same chart with another subtitle (blank keeps this one). */
    public ChartSpec withSubtitle(String newSubtitle) {
        return newSubtitle == null || newSubtitle.isBlank() ? this : new ChartSpec(id, type, locale, title, newSubtitle,
                categoryAxisLabel, valueAxisLabel, unit, categories, series, reference, notes, source, dataDate);
    }

    /**
     * The platforms the chart shows, in order: the series' platforms, or the bars' in a ranking. The window offers
     * these (from a spec of every platform) when the user chooses which platforms appear.
     */
    public List<String> platformIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (ChartSeries s : series) {
            boolean ranking = s.points().stream().anyMatch(p -> p.platformId() != null);
            if (ranking) {
                s.points().stream().map(ChartPoint::platformId).filter(Objects::nonNull).forEach(ids::add);
            } else {
                ids.add(s.key().contains(":") ? s.key().substring(0, s.key().indexOf(':')) : s.key());
            }
        }
        return List.copyOf(ids);
    }

    /** True when no series has a figure: the chart then says there is no data for the chosen platforms. */
    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().stream().allMatch(ChartPoint::isMissing));
    }
}
