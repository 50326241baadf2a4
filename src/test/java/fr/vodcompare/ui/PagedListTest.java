package fr.vodcompare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The table's lazily paged list: what it reads, when, and what it tells the table. */
class PagedListTest {
    private static final int PAGE = 10;

    /** A loader of the numbers from 0 that records the pages it read. */
    private static final class Numbers implements PagedList.Loader<Integer> {
        final List<Integer> read = new ArrayList<>();

        @Override
        public List<Integer> load(int offset, int limit) {
            read.add(offset / PAGE);
            return IntStream.range(offset, offset + limit).boxed().toList();
        }
    }

    @Test
    void lookingForAnElementSearchesThePagesInMemoryOnly() {
        Numbers numbers = new Numbers();
        PagedList<Integer> list = new PagedList<>(1_000_000, PAGE, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), numbers,
                BackgroundTasks.sameThread(), e -> { });
        assertThat(list.get(999_995)).isEqualTo(999_995);
        assertThat(list.indexOf(999_995)).isEqualTo(999_995);
        assertThat(list.lastIndexOf(3)).isEqualTo(3);
        assertThat(list.contains(7)).isTrue();
        // not in memory: not found, and nothing read to look for it (a table's selection looks after every change)
        assertThat(list.indexOf(500_000)).isEqualTo(-1);
        assertThat(list.contains(500_000)).isFalse();
        assertThat(numbers.read).containsExactly(99_999);
    }

    @Test
    void aPageGivenUpIsToldAsReplacedAndReadWhenAskedForAgain() {
        RecordingExecutor worker = new RecordingExecutor();
        List<Boolean> wantedWhenRead = new ArrayList<>();
        PagedList.Loader<Integer> loader = new PagedList.Loader<>() {
            @Override
            public List<Integer> load(int offset, int limit) {
                return IntStream.range(offset, offset + limit).boxed().toList();
            }

            @Override
            public List<Integer> load(int offset, int limit, BooleanSupplier wanted) {
                wantedWhenRead.add(wanted.getAsBoolean());
                return wanted.getAsBoolean() ? load(offset, limit) : null;
            }
        };
        PagedList<Integer> list = new PagedList<>(1000, PAGE, List.of(), loader, new BackgroundTasks(worker, Runnable::run),
                e -> { });
        List<String> told = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                told.add(c.getFrom() + "-" + c.getTo() + (c.wasReplaced() ? " replaced" : ""));
            }
        });
        assertThat(list.get(500)).isNull();
        // the table moved on, far down, before the page was read: it is not read, and told as replaced
        assertThat(list.get(900)).isNull();
        worker.runAll();
        assertThat(wantedWhenRead).containsExactly(true);
        assertThat(told).containsExactly("500-510 replaced", "900-910 replaced");
        assertThat(list.get(900)).isEqualTo(900);
        // asked for again: read this time
        assertThat(list.get(500)).isNull();
        worker.runAll();
        assertThat(list.get(500)).isEqualTo(500);
        assertThat(wantedWhenRead).containsExactly(true, true);
    }
}
