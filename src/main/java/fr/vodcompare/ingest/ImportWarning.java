package fr.vodcompare.ingest;

/** An odd row that was still imported: its line in the file and what was odd about it. */
public record ImportWarning(long line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
