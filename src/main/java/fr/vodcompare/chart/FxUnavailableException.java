package fr.vodcompare.chart;

/** The JavaFX toolkit cannot start here (a DISPLAY that points nowhere, no graphics libraries): no chart can be drawn. */
public final class FxUnavailableException extends Exception {
    public FxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
