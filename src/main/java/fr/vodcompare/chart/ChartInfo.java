package fr.vodcompare.chart;

/** A chart of the catalogue: its stable id and its title in the requested language. */
public record ChartInfo(String id, String title) {
}
