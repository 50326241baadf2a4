package fr.vodcompare.ui.sources;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.model.Fact;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Periods;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.SourceLinkCell;
import fr.vodcompare.ui.Views;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The Sources screen: every figure with its metric, subject, period, value, source and link. */
public final class SourcesView implements Screen {
    private final SourcesViewModel vm;
    private final Messages m;
    private final FileAsker files;
    private final BorderPane root = new BorderPane();
    private final CustomTextField filter = new CustomTextField();
    private final TableView<Fact> table = new TableView<>();
    private final Label status = new Label();

    public SourcesView(SourcesViewModel vm, Messages m, FileAsker files) {
        this.files = files;
        this.vm = vm;
        this.m = m;
        root.setId("sources");
        vm.metricNamesProperty().set(m::metric);
        root.setTop(bar());
        root.setCenter(table());
    }

    private Node bar() {
        filter.setId("sources-filter");
        filter.getStyleClass().add("search-field");
        filter.setPromptText(m.get("sources.filter.prompt"));
        filter.setAccessibleText(m.get("sources.filter.prompt"));
        filter.setLeft(Views.icon(Feather.FILTER));
        filter.textProperty().bindBidirectional(vm.textProperty());
        filter.setPrefColumnCount(24);
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        ComboBox<String> metric = new ComboBox<>(vm.metrics());
        metric.setPromptText(m.get("sources.metric.all"));
        metric.setAccessibleText(m.get("sources.metric"));
        Views.names(metric, id -> id == null ? m.get("sources.metric.all") : m.metric(id));
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        metric.setPrefWidth(300);
        metric.setVisibleRowCount(18);
        Button all = Views.iconButton(Feather.X, m.get("sources.metric.all"));
        all.setOnAction(e -> vm.metricProperty().set(null));
        all.visibleProperty().bind(vm.metricProperty().isNotNull());
        all.managedProperty().bind(all.visibleProperty());
        Label count = new Label();
        count.setId("sources-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(() -> m.format("sources.count", vm.shownCount().get(),
                vm.totalCount().get()), vm.shownCount(), vm.totalCount()));
        Button export = Views.button(m.get("sources.export"), Feather.DOWNLOAD);
        export.setOnAction(e -> export());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        vm.messageProperty().addListener((o, was, now) -> status.setText(now == null ? "" : m.text(now)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label metricLabel = Views.labelFor(m.get("sources.metric"), metric);
        // the filter field gives way in a narrow window; the count and Export stay whole (French is longer)
        Views.noShrink(metricLabel, count, export);
        HBox bar = new HBox(10, filter, metricLabel, metric, all, count, gap, status, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.getStyleClass().add("screen-bar");
        return bar;
    }

    /** Every cell of a row, whole, for its tooltip. */
    static String rowText(Messages m, Fact f) {
        return m.format("sources.row.tooltip", m.metric(f.metric()), f.platformLabel(), m.period(f.period()),
                m.value(f), m.citation(f.source().citation()), f.source().url() == null ? "—" : f.source().url(),
                f.note() == null || f.note().isBlank() ? "—" : f.note());
    }

    private Node table() {
        table.setId("sources-table");
        table.setAccessibleText(m.get("sources.table.accessible"));
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        TableColumn<Fact, String> metric = Views.column(m.get("sources.col.metric"), 250, f -> m.metric(f.metric()));
        TableColumn<Fact, String> subject = Views.column(m.get("sources.col.subject"), 150, Fact::platformLabel);
        TableColumn<Fact, String> period = Views.column(m.get("sources.col.period"), 90, f -> m.period(f.period()));
        period.setComparator(Comparator.nullsLast(Comparator.comparingDouble(p -> Periods.at(p).orElse(0))));
        period.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().period()));
        period.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : m.period(item));
            }
        });
        TableColumn<Fact, String> value = Views.column(m.get("sources.col.value"), 190, m::value);
        value.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        TableColumn<Fact, String> source = Views.column(m.get("sources.col.source"), 330, f -> m.citation(f.source().citation()));
        TableColumn<Fact, Fact> link = new TableColumn<>(m.get("sources.col.link"));
        link.setPrefWidth(170);
        link.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        link.setCellFactory(c -> new SourceLinkCell<>(Fact::source, vm::openSource, m));
        link.setSortable(false);
        TableColumn<Fact, String> note = Views.column(m.get("sources.col.note"), 300, Fact::note);
        table.getColumns().setAll(List.of(metric, subject, period, value, source, link, note));
        SortedList<Fact> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(Views.muted(m.get("sources.empty")));
        table.setRowFactory(t -> {
            TableRow<Fact> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openSource(row.getItem());
                }
            });
            // the whole row, wrapped: the table cuts long citations and notes
            row.itemProperty().addListener((o, was, now) -> row.setTooltip(now == null ? null : Views.tooltip(rowText(m, now))));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openSource(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public void export() {
        Views.exportCsv(root, files, m, m.get("sources.export.fileName"), status, vm::exportCsv);
    }

    @Override
    public void focusSearch() {
        filter.requestFocus();
        filter.selectAll();
    }
}
