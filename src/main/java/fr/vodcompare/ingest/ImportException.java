package fr.vodcompare.ingest;

/**
 * A file that cannot be imported. {@link #getMessage()} reads {@code FILE:LINE: what is wrong, what was expected}.
 * Nothing has been written when this is thrown.
 */
public class ImportException extends Exception {
    private final String file;
    private final long line;
    private final String problem;

    public ImportException(String file, long line, String problem) {
        this(file, line, problem, null);
    }

    public ImportException(String file, long line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** What is wrong and what was expected, without the file and line. */
    public String problem() {
        return problem;
    }
}
