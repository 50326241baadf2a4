package fr.vodcompare.ui.history;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.analysis.SnapshotDiff;
import fr.vodcompare.model.Normalise;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The four lists of the What changed screen, one tab each, their titles counting what the filter leaves. FX thread only. */
final class HistoryLists {
    private final HistoryViewModel vm;
    private final Messages m;
    private final TabPane tabs = new TabPane();

    HistoryLists(HistoryViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        tabs.setId("history-lists");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(
                tab("added", vm.added(), d -> d.added().size(), entryColumns(Function.identity())),
                tab("removed", vm.removed(), d -> d.removed().size(), entryColumns(Function.identity())),
                tab("changed", vm.changed(), d -> d.changed().size(), changedColumns()),
                tab("ambiguous", vm.ambiguous(), d -> d.ambiguous().size(), ambiguousColumns()));
        return tabs;
    }

    /** A tab with its table; its title says how many rows show, and of how many when the filter hides some. */
    private <T> Tab tab(String name, ObservableList<T> rows, Function<SnapshotDiff, Integer> all, List<TableColumn<T, ?>> columns) {
        TableView<T> table = new TableView<>();
        table.setId("history-" + name);
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<T> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = Views.muted(m.get("history.empty"));
        placeholder.textProperty().bind(Bindings.when(vm.loadingProperty()).then(m.get("history.loading"))
                .otherwise(m.get("history.empty")));
        table.setPlaceholder(placeholder);
        String label = m.get("history.tab." + name);
        table.setAccessibleText(label);
        Tab tab = new Tab();
        tab.setId("history-tab-" + name);
        tab.setContent(table);
        ObservableValue<String> title = Bindings.createStringBinding(() -> {
            SnapshotDiff d = vm.diffProperty().get();
            int total = d == null ? 0 : all.apply(d);
            return rows.size() == total ? m.format("history.tab", label, total)
                    : m.format("history.tab.filtered", label, rows.size(), total);
        }, rows, vm.diffProperty());
        tab.textProperty().bind(title);
        return tab;
    }

    private <T> List<TableColumn<T, ?>> entryColumns(Function<T, SnapshotDiff.Entry> entry) {
        TableColumn<T, String> title = Views.column(m.get("history.col.title"), 340, r -> entry.apply(r).title());
        // titles in the catalogue's order: accents and case aside ("étaient" among the e, not after "Zulu")
        title.setComparator(Comparator.nullsLast(Comparator.comparing(Normalise::text).thenComparing(String.CASE_INSENSITIVE_ORDER)));
        TableColumn<T, Integer> year = Views.column(m.get("history.col.year"), 70, r -> entry.apply(r).year());
        year.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        TableColumn<T, String> kind = Views.column(m.get("history.col.kind"), 90, r -> m.kind(entry.apply(r).kind()));
        for (TableColumn<T, ?> c : List.of(year, kind)) {
            Views.fitTitle(c);
        }
        List<TableColumn<T, ?>> out = new ArrayList<>();
        out.add(title);
        out.add(year);
        out.add(kind);
        return out;
    }

    private List<TableColumn<SnapshotDiff.Change, ?>> changedColumns() {
        List<TableColumn<SnapshotDiff.Change, ?>> out = entryColumns(SnapshotDiff.Change::title);
        out.add(Views.column(m.get("history.col.fields"), 300, c -> c.fields().stream().map(f -> field(f))
                .collect(Collectors.joining(", "))));
        out.add(Views.column(m.get("history.col.rule"), 200, c -> m.get("history.rule." + c.rule().code())));
        return out;
    }

    private List<TableColumn<SnapshotDiff.Ambiguous, ?>> ambiguousColumns() {
        List<TableColumn<SnapshotDiff.Ambiguous, ?>> out = entryColumns(SnapshotDiff.Ambiguous::title);
        out.add(Views.column(m.get("history.col.candidates"), 420, a -> a.candidates().stream().map(this::label)
                .collect(Collectors.joining(" | "))));
        return out;
    }

    private String field(String code) {
        return m.has("history.field." + code) ? m.get("history.field." + code) : code;
    }

    /** "Charmed (2005, Series)". */
    private String label(SnapshotDiff.Entry e) {
        return e.title() + " (" + (e.year() == null ? "?" : e.year()) + ", " + m.kind(e.kind()) + ")";
    }
}
