package fr.vodcompare.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where a figure comes from: the publisher line as cited and a URL (may be null). */
public record Source(String citation, String url) {
    /**
     * True when the URL is a web address (http or https, with a host): the only kind the app opens. A URL comes
     * from an imported file, and {@code file:}, {@code javascript:} or a program's own scheme handed to the desktop
     * could open or run something on the user's computer.
     */
    public boolean isWeb() {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
