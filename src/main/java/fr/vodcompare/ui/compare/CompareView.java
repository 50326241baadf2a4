package fr.vodcompare.ui.compare;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.analysis.KeyFigures;
import fr.vodcompare.analysis.KeyFigures.Figure;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Platform;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Periods;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.compare.CompareViewModel.Column;
import fr.vodcompare.ui.compare.CompareViewModel.MetricRow;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Compare screen: which platforms, their key figures (source on hover), the dashboard of charts (Export PNG,
 * Copy, CSV), and every metric side by side.
 */
public final class CompareView implements Screen {
    private final CompareViewModel vm;
    private final Messages m;
    private final KeyFigureCells cells;
    private final VBox content = new VBox(16);
    private final FlowPane choices = new FlowPane(8, 8);
    private final GridPane figures = new GridPane();
    private final TableView<MetricRow> table = new TableView<>();
    private final ScrollPane root;
    private final ChartTiles tiles;

    public CompareView(CompareViewModel vm, Messages m, ChartExports exports) {
        this.vm = vm;
        this.m = m;
        vm.localeProperty().set(m.locale());
        this.cells = new KeyFigureCells(m, vm::openSource);
        content.setPadding(new Insets(14));
        content.setId("compare");
        Label figuresTitle = new Label(m.get("compare.keyFigures"));
        figuresTitle.getStyleClass().add(Styles.TITLE_3);
        Label tableTitle = new Label(m.get("compare.sideBySide"));
        tableTitle.getStyleClass().add(Styles.TITLE_3);
        figures.setId("compare-figures");
        figures.setHgap(10);
        figures.setVgap(10);
        tiles = new ChartTiles(vm, m, exports, this::scrollTo);
        Node overlap = new OverlapSection(vm.overlap(), m, this::platformName).build();
        // read when the screen is first shown (not at start): a spinner until the figures are in
        ProgressIndicator figuresBusy = new ProgressIndicator();
        figuresBusy.setPrefSize(18, 18);
        figuresBusy.visibleProperty().bind(vm.figuresLoadingProperty());
        figuresBusy.setAccessibleText(m.get("compare.keyFigures.loading"));
        HBox figuresHead = new HBox(10, figuresTitle, figuresBusy);
        figuresHead.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().addAll(choicesBar(), figuresHead, Views.muted(m.get("compare.keyFigures.help")), figures, overlap,
                tiles.build(), tableTitle, Views.muted(m.get("compare.sideBySide.help")), table());
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        // The page is long (a dozen charts): the wheel moves it by screenfuls of text, not a few pixels.
        content.setOnScroll(e -> {
            double h = content.getBoundsInLocal().getHeight() - root.getViewportBounds().getHeight();
            if (h > 0 && e.getDeltaY() != 0) {
                root.setVvalue(Math.max(0, Math.min(1, root.getVvalue() - e.getDeltaY() * 3 / h)));
                e.consume();
            }
        });
        vm.columns().addListener((ListChangeListener<Column>) c -> drawFigures());
        vm.platforms().addListener((ListChangeListener<Platform>) c -> drawChoices());
        vm.chosen().addListener((ListChangeListener<String>) c -> drawChoices());
        drawChoices();
        drawFigures();
    }

    private Node choicesBar() {
        Label l = new Label(m.get("compare.platforms"));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        choices.setAccessibleText(m.get("compare.platforms"));
        HBox bar = new HBox(10, l, choices);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(choices, Priority.ALWAYS);
        return bar;
    }

    private void drawChoices() {
        choices.getChildren().clear();
        for (Platform p : vm.platforms()) {
            ToggleButton b = new ToggleButton(p.name());
            b.setId("compare-platform-" + p.id());
            b.setSelected(vm.chosen().contains(p.id()));
            b.setOnAction(e -> vm.choose(p.id(), b.isSelected()));
            b.setAccessibleText(m.format("compare.platform.toggle", p.name()));
            b.setMnemonicParsing(false);
            choices.getChildren().add(b);
        }
    }

    private void drawFigures() {
        figures.getChildren().clear();
        figures.getColumnConstraints().clear();
        // the platforms' names whole ("Prime Video", "Canal+ Séries"), a long one wraps
        ColumnConstraints first = new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE, 170);
        figures.getColumnConstraints().add(first);
        KeyFigures.Type[] types = KeyFigures.Type.values();
        for (int i = 0; i < types.length; i++) {
            // narrow enough for five columns in the smallest window; the texts wrap
            ColumnConstraints c = new ColumnConstraints(100, 200, Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            figures.getColumnConstraints().add(c);
            Label head = new Label(m.get("compare.figure." + types[i].name()));
            head.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
            head.setWrapText(true);
            head.setTooltip(Views.tooltip(m.get("compare.figure." + types[i].name() + ".help")));
            figures.add(head, i + 1, 0);
        }
        int row = 1;
        for (Column col : vm.columns()) {
            figures.add(platformName(col.platform()), 0, row);
            for (int i = 0; i < col.figures().size(); i++) {
                figures.add(cells.cell(col.figures().get(i)), i + 1, row);
            }
            row++;
        }
        if (vm.columns().isEmpty()) {
            figures.add(Views.muted(m.get("compare.nothingChosen")), 0, 1, 6, 1);
        }
        drawColumns();
    }

    private String platformName(String id) {
        return vm.platforms().stream().filter(p -> p.id().equals(id)).map(Platform::name).findFirst().orElse(id);
    }

    private Node platformName(Platform p) {
        Region dot = new Region();
        dot.setMinSize(12, 12);
        dot.setMaxSize(12, 12);
        dot.setStyle("-fx-background-radius: 6px; -fx-background-color: " + (p.colour() == null ? "-color-accent-emphasis"
                : p.colour()) + ";");
        Label name = new Label(p.name(), dot);
        name.getStyleClass().add(Styles.TITLE_4);
        name.setWrapText(true);
        name.setGraphicTextGap(8);
        return name;
    }

    private Node table() {
        table.setId("compare-table");
        table.setItems(vm.rows());
        table.setAccessibleText(m.get("compare.sideBySide"));
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setPrefHeight(520);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        drawColumns();
        return table;
    }

    private void drawColumns() {
        TableColumn<MetricRow, String> metric = Views.column(m.get("sources.col.metric"), 340, r -> m.metric(r.metric()));
        table.getColumns().setAll(List.of(metric));
        for (Column c : vm.columns()) {
            String id = c.platform().id();
            TableColumn<MetricRow, List<Fact>> col = new TableColumn<>(c.platform().name());
            col.setPrefWidth(300);
            col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().byPlatform().get(id)));
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(List<Fact> item, boolean empty) {
                    super.updateItem(item, empty);
                    if (empty || item == null || item.isEmpty()) {
                        setText(empty ? null : "—");
                        setTooltip(null);
                        return;
                    }
                    setText(item.stream().map(m::value).distinct().collect(Collectors.joining(" · "))
                            + "  (" + m.period(item.get(0).period()) + ")");
                    setTooltip(Views.tooltip(cells.sources(item)));
                }
            });
            col.setSortable(false);
            table.getColumns().add(col);
        }
    }

    /** Scrolls so that {@code node} (a part of the page) is at the top. */
    private void scrollTo(Node node) {
        double h = content.getBoundsInLocal().getHeight() - root.getViewportBounds().getHeight();
        double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        root.setVvalue(h <= 0 ? 0 : Math.max(0, Math.min(1, y / h)));
        node.requestFocus();
    }

    /** The figures are read when the screen is first shown, and again when the data changed meanwhile. */
    @Override
    public void shown() {
        vm.shown();
    }

    /** File > Export (Ctrl+E) exports every chart. */
    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public void export() {
        tiles.exportAll(root);
    }

    @Override
    public Node root() {
        return root;
    }
}
