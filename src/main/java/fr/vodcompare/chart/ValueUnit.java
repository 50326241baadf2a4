package fr.vodcompare.chart;

/** What a chart's values measure, which decides how they are written. */
public enum ValueUnit {
    /** A number of titles ("2 905"). */
    COUNT,
    /** A share in percent ("37 %"). */
    PERCENT,
    /** Billions of US dollars ("7–8 Md$", "$7–8bn"). */
    USD_BILLIONS,
    /** Millions of something the axis names ("6,5 M", "6.5m"). */
    MILLIONS
}
