package fr.vodcompare.model;

/** Where a figure comes from: the publisher line as cited and a URL (may be null). */
public record Source(String citation, String url) {
}
