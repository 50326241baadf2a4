package fr.vodcompare.ui.catalogue;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.SearchText;
import fr.vodcompare.store.TitleSort;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.Views;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The catalogue screen: search bar with the count, filters on the left, the table, the detail on the right. */
public final class CatalogueView implements Screen {
    private final CatalogueViewModel vm;
    private final Messages m;
    private final FileAsker files;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<Row> table = new TableView<>();
    private final Label status = new Label();
    /** The least width of the screen for the detail beside the table (filters, four whole columns, the detail). */
    static final double SIDE_BY_SIDE = 1060;
    static final double DETAIL_WIDTH = 320;
    private final javafx.beans.property.BooleanProperty alive = new javafx.beans.property.SimpleBooleanProperty(true);
    private boolean showingRows;
    private boolean pushingSort;
    private ObservableList<Row> shownRows;
    /** A row selected before its page arrived (End on a long list) is selected again once it is there. */
    private final ListChangeListener<Row> pageArrived = c -> {
        int at = table.getSelectionModel().getSelectedIndex();
        if (at >= 0 && table.getSelectionModel().getSelectedItem() == null && at < c.getList().size()
                && c.getList().get(at) != null) {
            table.getSelectionModel().clearAndSelect(at);
        }
    };

    public CatalogueView(CatalogueViewModel vm, CatalogueSources scope, WorkCopiesViewModel works, Messages m, FileAsker files) {
        this.files = files;
        this.vm = vm;
        this.m = m;
        root.setId("catalogue");
        root.setTop(new javafx.scene.layout.VBox(searchBar(), new CatalogueNotices(vm, scope, m).build()));
        Node detail = new TitleDetailPane(vm, scope, m, works).build();
        SplitPane split = new SplitPane(table(), detail);
        split.setId("catalogue-split");
        root.setLeft(new CatalogueFilters(vm, m).build());
        root.setCenter(split);
        // the divider follows the window (the detail at its width beside the table, or 40 % below it) until the user
        // drags it; from then on the user's share is kept
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getTarget() instanceof Node n && n.getStyleClass().contains("split-pane-divider")) {
                split.getProperties().put(USER_MOVED, true);
            }
        });
        // after the layout pass that changed the size: the split pane spreads a change its own way during it
        javafx.beans.InvalidationListener resized = o -> javafx.application.Platform.runLater(() -> arrange(split, root.getWidth()));
        split.widthProperty().addListener(resized);
        split.heightProperty().addListener(resized);
        root.widthProperty().addListener(resized);
    }

    private static final String USER_MOVED = "vc-user-moved";

    /**
     * Beside the table when the screen is wide enough for the title, platform, kind and year columns and the
     * detail; below it in a narrow window (1024 pixels), so those columns always show whole. Called at every
     * change of size: the divider is placed again unless the user moved it (in this orientation).
     */
    static void arrange(SplitPane split, double width) {
        Orientation wanted = width < SIDE_BY_SIDE ? Orientation.VERTICAL : Orientation.HORIZONTAL;
        if (split.getOrientation() != wanted) {
            split.getProperties().remove(USER_MOVED);
            split.setOrientation(wanted);
        } else if (split.getProperties().containsKey(USER_MOVED)) {
            return;
        }
        double size = wanted == Orientation.HORIZONTAL ? split.getWidth() : split.getHeight();
        split.setDividerPositions(wanted == Orientation.HORIZONTAL ? Math.max(0.5, 1 - DETAIL_WIDTH / Math.max(1, size)) : 0.6);
    }

    private Node searchBar() {
        search.setId("catalogue-search");
        search.getStyleClass().add("search-field");
        search.setPromptText(m.get("catalogue.search.prompt"));
        search.setAccessibleText(m.get("catalogue.search.accessible"));
        search.setTooltip(Views.tooltip(m.get("catalogue.search.help")));
        search.setLeft(Views.icon(Feather.SEARCH));
        Button clear = Views.iconButton(Feather.X, m.get("catalogue.search.clear"));
        clear.setOnAction(e -> {
            search.clear();
            search.requestFocus();
        });
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.managedProperty().bind(clear.visibleProperty()); // no room kept for it while the prompt shows
        search.setRight(clear);
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setPrefColumnCount(32);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });

        Label count = new Label();
        count.setId("catalogue-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.countProperty().get().text(m, vm.totalCountProperty().get()),
                vm.countProperty(), vm.totalCountProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        busy.setAccessibleText(m.get("catalogue.loading"));

        Button export = Views.button(m.get("catalogue.export"), Feather.DOWNLOAD);
        export.setOnAction(e -> export());
        export.setTooltip(Views.tooltip(m.get("catalogue.export.help")));

        status.setId("catalogue-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        vm.messageProperty().addListener((o, was, now) -> {
            if (now != null) {
                status.setText(m.text(now));
                status.getStyleClass().add(Styles.DANGER);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // the count and the button stay whole when the window is narrow (French is longer): the search field gives way
        Views.noShrink(count, export);
        HBox bar = new HBox(10, search, busy, count, gap, status, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.getStyleClass().add("screen-bar");
        return bar;
    }

    private Node table() {
        table.setId("catalogue-table");
        table.setAccessibleText(m.get("catalogue.table.accessible"));
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        TableColumn<Row, String> title = col("catalogue.col.title", TITLE_WIDTH, TitleSort.Key.NAME, t -> t.title().name());
        TableColumn<Row, String> matched = matchedColumn();
        table.getColumns().setAll(List.of(
                title,
                col("catalogue.col.platform", 110, TitleSort.Key.PLATFORM, Row::platformName),
                col("catalogue.col.kind", 70, TitleSort.Key.KIND, r -> m.kind(r.title().kind())),
                col("catalogue.col.year", 60, TitleSort.Key.YEAR, r -> str(r.title().releaseYear())),
                matched,
                col("catalogue.col.countries", 160, TitleSort.Key.COUNTRIES, r -> m.countries(r.title().countries())),
                col("catalogue.col.genres", 220, TitleSort.Key.GENRES, r -> m.genres(r.title().genres())),
                col("catalogue.col.added", 110, TitleSort.Key.ADDED, r -> m.date(r.title().dateAdded())),
                col("catalogue.col.duration", 90, TitleSort.Key.DURATION, r -> m.duration(r.title().duration())),
                col("catalogue.col.rating", 70, TitleSort.Key.RATING, r -> r.title().rating())));
        titleGivesWay(title, matched);
        table.setPlaceholder(Views.muted(m.get("catalogue.empty")));
        // installing the policy sorts at once, with this new table's empty order (a language switch makes the view again):
        // that is not the user's choice, and must not put the view model's sort back to relevance
        showingRows = true;
        try {
            table.setSortPolicy(t -> {
                if (!showingRows) {
                    pushSort();
                }
                return true;
            });
        } finally {
            showingRows = false;
        }
        showRows(vm.rowsProperty().get());
        vm.rowsProperty().when(alive).addListener((o, was, now) -> showRows(now));
        vm.sortProperty().when(alive).addListener((o, was, now) -> {
            if (!pushingSort) {
                showRows(table.getItems());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        return table;
    }

    /** The title column's width when there is room. */
    private static final double TITLE_WIDTH = 260;
    /** The narrowest the title column is made to let the others be seen. */
    private static final double TITLE_MIN_WIDTH = 140;
    /** Room left for the table's vertical scroll bar and edges. */
    private static final double TABLE_EDGES = 20;

    /**
     * In a narrow window (1024 px) the title column gives way, down to {@link #TITLE_MIN_WIDTH}, so that the columns after
     * it up to the year, and the search's "Matched in" while there is a search, are seen without scrolling sideways;
     * once the user sizes the title column, its width is theirs.
     */
    private void titleGivesWay(TableColumn<Row, String> title, TableColumn<Row, String> matched) {
        boolean[] userSized = {false};
        table.setColumnResizePolicy(features -> {
            if (features.getColumn() == title) {
                userSized[0] = true; // a drag of its edge (the policy is asked with the column); a window resize has none
            }
            return TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        });
        javafx.beans.InvalidationListener fit = o -> {
            if (userSized[0] || table.getWidth() <= 0) {
                return;
            }
            double others = 0;
            for (TableColumn<Row, ?> c : table.getColumns()) {
                if (c != title && c.isVisible()) {
                    others += c.getWidth();
                }
                if (c == matched) {
                    break;
                }
            }
            title.setPrefWidth(Math.max(TITLE_MIN_WIDTH, Math.min(TITLE_WIDTH, table.getWidth() - TABLE_EDGES - others)));
        };
        table.widthProperty().addListener(fit);
        matched.visibleProperty().addListener(fit);
        matched.widthProperty().addListener(fit);
    }

    private TableColumn<Row, String> col(String key, double width, TitleSort.Key sort, java.util.function.Function<Row, String> f) {
        TableColumn<Row, String> c = Views.column(m.get(key), width, f);
        Views.fitTitle(c);
        c.setUserData(sort);
        return c;
    }

    /** Where the search found each title (title, director, cast); shown while there is a search. */
    private TableColumn<Row, String> matchedColumn() {
        TableColumn<Row, String> c = Views.column(m.get("catalogue.col.matched"), 90, r -> matchedIn(m, vm, r));
        c.setId("catalogue-matched");
        c.setStyle("-fx-alignment: center-left;"); // its cells (made when a search shows it) sat 4 px above the row's text
        c.setSortable(false);
        Views.fitTitle(c);
        c.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.filter().hasSearch(), vm.searchProperty()));
        return c;
    }

    /** "Director", "Cast", "Title": the field of {@code row} that holds the words searched; null without a search. */
    static String matchedIn(Messages m, CatalogueViewModel vm, Row row) {
        SearchText text = SearchText.parse(vm.searchProperty().get());
        SearchText.Field f = text.isEmpty() ? null : text.matchedIn(row.title());
        return f == null ? null : m.get("catalogue.match." + f.name());
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }

    /**
     * Shows a new result. A TableView clears its sort order whenever its list is replaced by one that is not
     * a SortedList, which would reset the order to relevance after every query: the sort the view model
     * holds is put back on the headers, without being pushed back as a change.
     */
    private void showRows(ObservableList<Row> rows) {
        showingRows = true;
        try {
            if (shownRows != null) {
                shownRows.removeListener(pageArrived);
            }
            shownRows = rows;
            if (rows != null) {
                rows.addListener(pageArrived);
            }
            table.setItems(rows);
            showSort(vm.sortProperty().get());
        } finally {
            showingRows = false;
        }
        autoSelect(rows);
    }

    /** After a search, the best match is selected so its detail (and its platforms) shows at once. */
    private void autoSelect(ObservableList<Row> rows) {
        if (rows != null && !rows.isEmpty() && !vm.searchProperty().get().isBlank()) {
            table.getSelectionModel().select(0);
            table.scrollTo(0);
        }
    }

    private void pushSort() {
        pushingSort = true;
        try {
            if (table.getSortOrder().isEmpty()) {
                vm.sortProperty().set(TitleSort.DEFAULT);
                return;
            }
            TableColumn<Row, ?> c = table.getSortOrder().get(0);
            vm.sortProperty().set(new TitleSort((TitleSort.Key) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING));
        } finally {
            pushingSort = false;
        }
    }

    private void showSort(TitleSort sort) {
        if (sort.key() == TitleSort.Key.RELEVANCE) {
            table.getSortOrder().clear();
            return;
        }
        for (TableColumn<Row, ?> c : table.getColumns()) {
            if (c.getUserData() == sort.key()) {
                c.setSortType(sort.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(List.of(c));
            }
        }
    }

    @Override
    public void dispose() {
        alive.set(false);
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
        Path file = files.saveFile(root.getScene().getWindow(), m.get("catalogue.export"), m.get("catalogue.export.fileName"),
                m.get("file.csv"), "*.csv");
        if (file == null) {
            return;
        }
        status.getStyleClass().remove(Styles.DANGER);
        status.setText(m.get("catalogue.export.running"));
        vm.exportCsv(file, n -> status.setText(m.format("catalogue.export.done", n, file.getFileName().toString())),
                e -> {
                    status.setText("");
                    Views.error(root.getScene().getWindow(), m, m.get("catalogue.export.failed"), Failures.text(e, m));
                });
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
