package fr.vodcompare.ui;

/**
 * Opens a web address in the user's browser. The app implements it with {@code HostServices};
 * tests record the calls instead (HostServices does not work under Monocle).
 */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
