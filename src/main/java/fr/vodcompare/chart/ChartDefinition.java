package fr.vodcompare.chart;

import fr.vodcompare.model.DataException;

/** One chart of the catalogue of charts: a stable id and how to build its spec from the store. */
interface ChartDefinition {
    /** Stable id, used in file names and on the command line ("catalogue-size"). */
    String id();

    /** Builds the spec on the calling thread (JDBC); never the FX thread. */
    ChartSpec build(ChartContext ctx) throws DataException;

    /** True when the store holds what the chart needs to be listed ({@code charts}, {@code export-all}). Background thread. */
    default boolean listed(ChartContext ctx) throws DataException {
        return true;
    }

    /** The chart's short localized name for lists and menus ({@code chart.ID.name}). */
    default String title(ChartTexts texts) {
        return texts.get("chart." + id() + ".name");
    }
}
