package fr.vodcompare.ui.top10;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.analysis.Top10Analysis;
import fr.vodcompare.analysis.Top10Analysis.OriginCount;
import fr.vodcompare.analysis.Top10Analysis.Summary;
import fr.vodcompare.analysis.Top10Analysis.WorkRun;
import fr.vodcompare.store.Top10Queries.Country;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.top10.Top10ViewModel.Category;
import fr.vodcompare.ui.top10.Top10ViewModel.Row;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Top 10 screen: a country, a period and lists to show; the figures of the scope, the weekly lists with the
 * catalogue title of the line chosen, and the Top 10 charts with Export PNG. FX thread only.
 */
public final class Top10View implements Screen {
    private final Top10ViewModel vm;
    private final Messages m;
    private final ChartExports exports;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final Top10Detail detail;
    private final Label counts = new Label();
    private final Label scope = new Label();
    private final fr.vodcompare.ui.catalogue.CatalogueSources catalogues;
    private final Label french = new Label();
    private final Label longest = new Label();
    private final Label status = new Label();

    /** @param catalogues the catalogues' snapshots, to say which Netflix catalogue the lines are linked to */
    public Top10View(Top10ViewModel vm, Messages m, ChartExports exports, fr.vodcompare.ui.catalogue.CatalogueSources catalogues) {
        this.catalogues = catalogues;
        this.vm = vm;
        this.m = m;
        this.exports = exports;
        this.detail = new Top10Detail(m);
        root.setId("top10");
        root.setTop(header());
        TabPane tabs = new TabPane(new Tab(m.get("top10.tab.lists"), lists()),
                new Tab(m.get("top10.tab.charts"), new Top10ChartTiles(vm, m, exports).build()));
        tabs.setId("top10-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        vm.summaryProperty().addListener(o -> describe());
        vm.files().addListener((javafx.beans.InvalidationListener) o -> describe());
        catalogues.snapshots().addListener((javafx.beans.InvalidationListener) o -> describe());
        vm.messageProperty().addListener(o -> showStatus());
        vm.problemProperty().addListener(o -> showStatus());
        vm.setLocale(m::locale);
        describe();
        showStatus();
    }

    private Node header() {
        ComboBox<String> country = new ComboBox<>();
        country.setId("top10-country");
        vm.countries().addListener((ListChangeListener<Country>) c -> country.getItems().setAll(codes()));
        country.getItems().setAll(codes());
        Views.names(country, this::countryName);
        country.valueProperty().bindBidirectional(vm.countryProperty());
        ComboBox<LocalDate> from = weekBox("top10-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        ComboBox<LocalDate> to = weekBox("top10-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        ComboBox<Category> category = new ComboBox<>();
        category.setId("top10-category");
        category.getItems().setAll(Category.values());
        Views.names(category, c -> c == null ? "" : m.get("top10.category." + c.name()));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        Button importFile = Views.button(m.get("top10.import"), Feather.UPLOAD);
        importFile.setId("top10-import");
        importFile.setTooltip(Views.tooltip(m.get("top10.import.help")));
        importFile.setOnAction(e -> importFile());
        importFile.disableProperty().bind(vm.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // a label and its control wrap together when the window is narrow
        FlowPane bar = new FlowPane(14, 6, pair("top10.country", country), pair("top10.from", from), pair("top10.to", to),
                pair("top10.category", category));
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox top = new HBox(10, bar, gap, importFile);
        HBox.setHgrow(bar, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        scope.setId("top10-scope");
        scope.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        scope.managedProperty().bind(scope.textProperty().isNotEmpty());
        for (Label l : new Label[] {scope, counts, french, longest, status}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        for (Label l : new Label[] {french, longest}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
        counts.setId("top10-counts");
        french.setId("top10-french");
        longest.setId("top10-longest-works");
        status.setId("top10-status");
        VBox box = new VBox(6, top, scope, counts, french, longest, status);
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getStyleClass().add("screen-bar");
        return box;
    }

    private Node pair(String key, Node control) {
        HBox box = new HBox(6, Views.labelFor(m.get(key), control), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private List<String> codes() {
        return vm.countries().stream().map(Country::code).toList();
    }

    private String countryName(String code) {
        if (code == null) {
            return "";
        }
        if (code.equals(Top10Analysis.WORLD)) {
            return m.get("top10.world");
        }
        return vm.countries().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> m.format("top10.countryName", c.name(), c.code())).orElse(code);
    }

    private ComboBox<LocalDate> weekBox(String id) {
        ComboBox<LocalDate> box = new ComboBox<>(vm.weeks());
        box.setId(id);
        Views.names(box, d -> d == null ? "" : m.date(d));
        box.setVisibleRowCount(16);
        return box;
    }

    private Node lists() {
        table.setId("top10-table");
        table.setItems(vm.rows());
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setAccessibleText(m.get("top10.tab.lists"));
        table.setPlaceholder(Views.muted(m.get("top10.none")));
        table.getColumns().setAll(List.of(
                Views.column(m.get("top10.col.week"), 110, r -> m.date(r.entry().week())),
                Views.column(m.get("top10.col.category"), 140, r -> r.entry().category().label()),
                Views.column(m.get("top10.col.rank"), 60, r -> r.entry().rank()),
                Views.column(m.get("top10.col.title"), 260, r -> r.entry().work()),
                Views.column(m.get("top10.col.season"), 220, r -> r.entry().season()),
                Views.column(m.get("top10.col.weeks"), 120, r -> r.entry().weeksInTop10()),
                Views.column(m.get("top10.col.linked"), 110, r -> m.get(r.titles().isEmpty() ? "top10.linked.no"
                        : "top10.linked.yes"))));
        table.getColumns().forEach(Views::fitTitle);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> detail.show(now));
        SplitPane split = new SplitPane(table, detail.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        return split;
    }

    /**
     * "Data listed: Netflix's weekly Top 10 for France, weeks of … to …, from the file all-weeks-countries.tsv
     * (Netflix, top10.netflix.com); titles linked to Netflix's catalogue: …", always above the lists.
     */
    private String scopeText(Summary s) {
        String names = String.join(", ", vm.files().stream().map(f -> f.fileName()).distinct().toList());
        String linked = catalogues.of("netflix").map(c -> fr.vodcompare.ui.catalogue.CatalogueSources.describe(m, c, "Netflix"))
                .orElse(m.get("top10.scope.noCatalogue"));
        return m.format("top10.scope", countryName(s.scope().country()), m.date(s.firstWeek()), m.date(s.lastWeek()),
                names, linked);
    }

    private void describe() {
        Summary s = vm.summaryProperty().get();
        scope.setText(s == null || s.entries() == 0 ? "" : scopeText(s));
        if (s == null || s.entries() == 0) {
            counts.setText(vm.countries().isEmpty() ? m.get("top10.none") : "");
            french.setText("");
            longest.setText("");
            return;
        }
        counts.setText(m.format("top10.counts", s.weeks(), s.entries(), s.works(), s.linked(),
                m.percent(100.0 * s.linked() / s.entries())));
        OriginCount f = s.films();
        OriginCount t = s.series();
        french.setText(s.scope().country().equals(Top10Analysis.WORLD) ? "" : m.format("top10.french", f.french(), f.entries(),
                m.percent(f.frenchShare()), t.french(), t.entries(), m.percent(t.frenchShare()), f.unknown(), t.unknown()));
        List<String> items = new ArrayList<>();
        for (WorkRun r : s.longest().subList(0, Math.min(5, s.longest().size()))) {
            items.add(m.format("top10.longest.item", r.work(), r.weeks()));
        }
        longest.setText(m.format("top10.longest", String.join(", ", items)));
    }

    private void showStatus() {
        status.getStyleClass().remove(Styles.DANGER);
        if (vm.problemProperty().get() != null) {
            status.setText(m.text(vm.problemProperty().get()));
            status.getStyleClass().add(Styles.DANGER);
        } else {
            status.setText(vm.messageProperty().get() == null ? "" : m.text(vm.messageProperty().get()));
        }
        status.setVisible(!status.getText().isEmpty());
        status.setManaged(status.isVisible());
    }

    private void importFile() {
        Path file = exports.files().openFile(root.getScene().getWindow(), m.get("top10.import.choose"), m.get("file.tsv"),
                "*.tsv");
        if (file != null) {
            vm.importFile(file, null);
        }
    }

    @Override
    public Node root() {
        return root;
    }
}
