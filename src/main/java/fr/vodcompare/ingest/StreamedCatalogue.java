package fr.vodcompare.ingest;

import fr.vodcompare.model.Sentence;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.TitleStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A catalogue file read row by row on a thread of its own while the store writes the rows already read (two cores
 * at work, bounded memory): rows travel in small batches through a bounded queue. What the file says as a whole (its
 * newest date, its warnings, how it writes numeric dates) is known once the last row is read. A row that fails ends
 * the stream with its error, and the store's write rolls back.
 */
final class StreamedCatalogue implements TitleStream, AutoCloseable {
    private static final int BATCH = 256;
    private static final Object END = new Object();

    /** The file writes numeric dates month first: read it again, forcing that order. */
    static final class ReadAgainMonthFirst extends Exception {
        ReadAgainMonthFirst() {
            super(null, null, false, false);
        }
    }

    private final CatalogueImport req;
    private final boolean decideEncoding;
    private final String territory;
    private final ImportProgress progress;
    private final long expected;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
    private final Thread reader;
    private volatile boolean stopped;
    private List<Row> batch = List.of();
    private int at;
    // written by the reader thread before END, read by the writer after it (the queue orders them)
    private final List<ImportWarning> warnings = new ArrayList<>();
    /** The rows that repeat an earlier row's key: their show_id, or null when the key is the title, year and type. */
    private final Map<Long, String> sameKeyWhat = new HashMap<>();
    private LocalDate newest;
    private int rows;
    private CatalogueDates.Verdict verdict;
    private Sentence assumption;

    /** @param decideEncoding the file's encoding decided by a pass over it first ({@link CsvStream#open}), else read as UTF-8 */
    StreamedCatalogue(CatalogueImport req, String territory, ImportProgress progress, long fileBytes, boolean decideEncoding) {
        this.decideEncoding = decideEncoding;
        this.req = req;
        this.territory = territory;
        this.progress = progress;
        this.expected = estimateRows(req.file(), fileBytes);
        this.reader = new Thread(this::read, "vodcompare-csv-reader");
        reader.setDaemon(true);
    }

    /** The file's rows, roughly: its size over the bytes per line of its first 256 KiB. */
    private static long estimateRows(java.nio.file.Path file, long size) {
        byte[] head = new byte[1 << 18];
        int n;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (java.io.IOException e) {
            return 0; // the read that follows says why
        }
        int lines = 0;
        for (int i = 0; i < n; i++) {
            if (head[i] == '\n') {
                lines++;
            }
        }
        return n == 0 ? 0 : (long) ((double) size / n * Math.max(lines, 1));
    }

    /** The rows of {@code req}'s file, to be read once {@link #start}ed; a file that cannot be read is refused here. */
    static StreamedCatalogue of(CatalogueImport req, String territory, ImportProgress progress, boolean decideEncoding)
            throws ImportException {
        try {
            return new StreamedCatalogue(req, territory, progress, java.nio.file.Files.size(req.file()), decideEncoding);
        } catch (java.io.IOException e) {
            throw CsvTable.unreadable(req.file().toString(), e);
        }
    }

    void start() {
        reader.start();
    }

    /**
     * The file keys of the rows starting on {@code lines}, read again (to tell rows whose keys' hashes are equal apart
     * without holding every key): the rows read as {@link #read} reads them.
     */
    static Map<Long, String> keysAt(CatalogueImport req, boolean decideEncoding, java.util.Set<Long> lines) throws ImportException {
        Map<Long, String> out = new HashMap<>();
        try (CsvStream csv = open(req, decideEncoding)) {
            CatalogueDates dates = CatalogueDates.provisional(req.dateOrder(), LocalDate.now());
            List<ImportWarning> ignored = new ArrayList<>();
            for (CsvTable.Row row = csv.next(); row != null && out.size() < lines.size(); row = csv.next()) {
                if (lines.contains(row.line())) {
                    out.put(row.line(), CatalogueReader.fileKey(new CatalogueReader.RowReader(csv, row, ignored, dates)
                            .title(req.platformId())));
                }
                ignored.clear();
            }
        }
        return out;
    }

    private static CsvStream open(CatalogueImport req, boolean decideEncoding) throws ImportException {
        return decideEncoding ? CsvStream.open(req.file(), req.csv()) : CsvStream.openAsUtf8(req.file(), req.csv());
    }

    private void read() {
        try (CsvStream csv = open(req, decideEncoding)) {
            csv.require(CatalogueReader.REQUIRED, String.join(",", CatalogueReader.LAYOUT));
            CatalogueDates dates = CatalogueDates.provisional(req.dateOrder(), LocalDate.now());
            KeyLines keys = new KeyLines();
            List<Row> out = new ArrayList<>(BATCH);
            for (CsvTable.Row row = csv.next(); row != null; row = csv.next()) {
                Title t = new CatalogueReader.RowReader(csv, row, warnings, dates).title(req.platformId());
                long earlier = keys.putIfAbsent(hash(CatalogueReader.fileKey(t)), row.line());
                if (earlier > 0) {
                    sameKeyWhat.put(row.line(), t.showId());
                }
                if (t.dateAdded() != null && (newest == null || t.dateAdded().isAfter(newest))) {
                    newest = t.dateAdded();
                }
                if (req.asOf() != null && t.dateAdded() != null && t.dateAdded().isAfter(req.asOf())) {
                    warnings.add(ImportWarning.of(row.line(), "added.after", t.dateAdded(), req.asOf()));
                }
                out.add(new Row(row.line(), t, earlier));
                if (out.size() == BATCH) {
                    if (progress.cancelled()) {
                        throw new ImportCancelledException();
                    }
                    put(out);
                    out = new ArrayList<>(BATCH);
                }
            }
            rows = csv.rowsRead();
            if (rows == 0) {
                throw ImportException.of(csv.file(), 1, "rows.none");
            }
            warnings.addAll(0, csv.warnings());
            verdict = dates.verdict();
            assumption = dates.assumptionWarning();
            if (progress.cancelled()) {
                throw new ImportCancelledException();
            }
            if (!out.isEmpty()) {
                put(out);
            }
            put(END);
        } catch (Exception e) {
            try {
                put(e);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Object item) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
        throw new InterruptedException("the import's write stopped");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Row next() throws Exception {
        if (at < batch.size()) {
            return batch.get(at++);
        }
        Object item = queue.take();
        if (item == END) {
            queue.offer(END); // the end stays the end
            batch = List.of();
            return null;
        }
        if (item instanceof Exception e) {
            throw e;
        }
        batch = (List<Row>) item;
        at = 1;
        return batch.get(0);
    }

    @Override
    public Snapshot snapshot() throws ReadAgainMonthFirst {
        if (verdict == CatalogueDates.Verdict.READ_AGAIN_MONTH_FIRST) {
            throw new ReadAgainMonthFirst();
        }
        if (verdict == CatalogueDates.Verdict.HELD_WITHOUT_ASSUMPTION) {
            warnings.removeIf(w -> assumption.equals(w.sentence()));
        }
        return new Snapshot(0, req.platformId(), asOf(), territory, req.platformName(), req.file().getFileName().toString(), rows,
                false);
    }

    /** The snapshot's date: the one asked for, else the newest date added, else today. */
    LocalDate asOf() {
        return req.asOf() != null ? req.asOf() : newest != null ? newest : LocalDate.now();
    }

    @Override
    public long expectedRows() {
        return expected;
    }

    int rowsRead() {
        return rows;
    }

    /** Every warning, by line, with one for each row that repeated an earlier row's key ({line, earlier line}). */
    List<ImportWarning> warnings(List<long[]> repeated) {
        List<ImportWarning> all = new ArrayList<>(warnings);
        for (long[] r : repeated) {
            String showId = sameKeyWhat.get(r[0]);
            all.add(showId != null ? ImportWarning.of(r[0], "key.same.id", showId, r[1]) : ImportWarning.of(r[0], "key.same.title", r[1]));
        }
        all.sort((a, b) -> Long.compare(a.line(), b.line()));
        return all;
    }

    @Override
    public void close() {
        stopped = true;
        reader.interrupt();
    }

    /** A 64-bit hash of a file key: equal hashes are checked against the store's keys, never trusted alone. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    /** Key hashes to the first line that had them, in open addressing: 16 bytes a row, not a map of strings. */
    private static final class KeyLines {
        private long[] hashes = new long[1 << 12];
        private long[] lines = new long[1 << 12];
        private int size;

        /** The line stored for {@code h}, or 0 after storing {@code line} for it. */
        long putIfAbsent(long h, long line) {
            if (h == 0) {
                h = 1;
            }
            if (size * 2 >= hashes.length) {
                grow();
            }
            int mask = hashes.length - 1;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (hashes[i] != 0) {
                if (hashes[i] == h) {
                    return lines[i];
                }
                i = (i + 1) & mask;
            }
            hashes[i] = h;
            lines[i] = line;
            size++;
            return 0;
        }

        private void grow() {
            long[] oh = hashes;
            long[] ol = lines;
            hashes = new long[oh.length * 2];
            lines = new long[oh.length * 2];
            size = 0;
            for (int i = 0; i < oh.length; i++) {
                if (oh[i] != 0) {
                    putIfAbsent(oh[i], ol[i]);
                }
            }
        }
    }
}
