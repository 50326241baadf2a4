package fr.vodcompare.ui.compare;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.analysis.Overlap.PairOverlap;
import fr.vodcompare.analysis.Overlap.SharedTitle;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Compare's "Titles on both platforms": the pair of platforms (when more than two are chosen), its counts
 * (shared, only one, ambiguous, Jaccard), and its shared works, searchable, each with the rule that matched it
 * and its confidence. FX thread only.
 */
final class OverlapSection {
    private final OverlapViewModel vm;
    private final Messages m;
    private final Function<String, String> name;
    private final ComboBox<PairOverlap> pairBox = new ComboBox<>();
    private final Label counts = new Label();
    private final Label status = new Label();
    private final TableView<SharedTitle> table = new TableView<>();

    OverlapSection(OverlapViewModel vm, Messages m, Function<String, String> name) {
        this.vm = vm;
        this.m = m;
        this.name = name;
    }

    Node build() {
        Label title = new Label(m.get("compare.overlap.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        pairBox.setId("overlap-pair");
        pairBox.setItems(vm.pairs());
        Views.names(pairBox, p -> p == null ? "" : m.format("compare.overlap.pair", name.apply(p.a()), name.apply(p.b())));
        pairBox.valueProperty().bindBidirectional(vm.pairProperty());
        pairBox.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.pairs()).greaterThan(1));
        pairBox.managedProperty().bind(pairBox.visibleProperty());
        pairBox.setAccessibleText(m.get("compare.overlap.pairs"));
        TextField search = new TextField();
        search.setId("overlap-search");
        search.setPromptText(m.get("compare.overlap.search"));
        search.setAccessibleText(m.get("compare.overlap.search"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(vm.searchProperty());
        FlowPane bar = new FlowPane(10, 8, pairBox, search, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        counts.setId("overlap-counts");
        counts.setWrapText(true);
        counts.getStyleClass().add(Styles.TEXT_BOLD);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        vm.pairProperty().addListener(o -> drawCounts());
        vm.shown().addListener((ListChangeListener<SharedTitle>) c -> drawCounts());
        vm.loadingProperty().addListener(o -> drawCounts());
        vm.messageProperty().addListener(o -> drawCounts());
        drawCounts();
        VBox box = new VBox(8, title, Views.muted(m.get("compare.overlap.help")), bar, counts, table());
        box.setId("compare-overlap");
        return box;
    }

    private void drawCounts() {
        PairOverlap p = vm.pairProperty().get();
        status.setText(vm.messageProperty().get() != null ? m.text(vm.messageProperty().get())
                : vm.loadingProperty().get() ? m.get("compare.overlap.loading") : "");
        if (p == null) {
            counts.setText(m.get("compare.overlap.none"));
        } else {
            counts.setText(m.format("compare.overlap.counts", name.apply(p.a()), name.apply(p.b()), m.count(p.shared()),
                    m.count(p.onlyA()), m.count(p.onlyB()), m.count(p.ambiguous()), m.percent(p.jaccard() * 100)));
        }
        table.setPlaceholder(new Label(p == null ? m.get("compare.overlap.none") : m.get("compare.overlap.noMatch")));
        drawColumns(p);
    }

    private Node table() {
        table.setId("overlap-table");
        // a header click sorts a sorted view of the list (the list itself is the view model's, not the table's to sort)
        SortedList<SharedTitle> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setAccessibleText(m.get("compare.overlap.title"));
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setPrefHeight(320);
        // whole texts (a rule, two years) rather than all columns squeezed in: a narrow window scrolls sideways
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    private void drawColumns(PairOverlap p) {
        String a = p == null ? "A" : name.apply(p.a());
        String b = p == null ? "B" : name.apply(p.b());
        if (!table.getColumns().isEmpty() && table.getColumns().get(0).getText().equals(m.format("compare.overlap.col.title", a))
                && table.getColumns().get(1).getText().equals(m.format("compare.overlap.col.title", b))) {
            return;
        }
        TableColumn<SharedTitle, String> ta = Views.column(m.format("compare.overlap.col.title", a), 190, SharedTitle::title);
        TableColumn<SharedTitle, String> tb = Views.column(m.format("compare.overlap.col.title", b), 190, SharedTitle::titleB);
        TableColumn<SharedTitle, String> year = Views.column(m.get("compare.overlap.col.years"), 100, t -> years(t));
        TableColumn<SharedTitle, String> kind = Views.column(m.get("catalogue.col.kind"), 70, t -> m.kind(t.kind()));
        TableColumn<SharedTitle, String> rule = Views.column(m.get("compare.overlap.col.rule"), 220,
                t -> m.get("work.rule." + t.rule()));
        TableColumn<SharedTitle, String> conf = Views.column(m.get("compare.overlap.col.confidence"), 90,
                t -> "ambiguous".equals(t.rule()) ? "—" : m.number(t.confidence(), 1));
        rule.setPrefWidth(330);
        for (TableColumn<SharedTitle, String> c : java.util.List.of(year, kind, conf)) {
            Views.fitTitle(c);
        }
        table.getColumns().setAll(java.util.List.of(ta, tb, year, kind, rule, conf));
    }

    private static String years(SharedTitle t) {
        String ya = t.year() == null ? "—" : t.year().toString();
        String yb = t.yearB() == null ? "—" : t.yearB().toString();
        return ya.equals(yb) ? ya : ya + " / " + yb;
    }
}
