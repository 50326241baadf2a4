package fr.vodcompare.ui.catalogue;

import atlantafx.base.theme.Styles;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.TitleBrowseQueries.Copy;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.WorkRepository;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Every field of the selected title, and the platforms its work is on. FX thread only. */
final class TitleDetailPane {
    private final CatalogueViewModel vm;
    private final CatalogueSources scope;
    private final Messages m;
    private final VBox box = new VBox(10);
    private final FlowPane platforms = new FlowPane(6, 6);
    private final WorkCopiesViewModel works;
    private final Node worksPane;

    TitleDetailPane(CatalogueViewModel vm, CatalogueSources scope, Messages m, WorkCopiesViewModel works) {
        this.vm = vm;
        this.scope = scope;
        this.m = m;
        this.works = works;
        this.worksPane = new WorkCopiesPane(works, m, this::platformName).build();
    }

    private String platformName(String id) {
        return vm.platforms().stream().filter(p -> p.id().equals(id)).map(CatalogueViewModel.PlatformChoice::name).findFirst()
                .orElse(id);
    }

    Node build() {
        box.setPadding(new Insets(16));
        box.getStyleClass().add("title-detail");
        box.setAccessibleRole(AccessibleRole.TEXT);
        vm.selectedProperty().addListener((o, was, now) -> show(now));
        vm.copies().addListener((ListChangeListener<Copy>) c -> showCopies());
        works.others().addListener((ListChangeListener<WorkRepository.OtherCopy>) c -> showCopies());
        show(vm.selectedProperty().get());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(260);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private void show(Row row) {
        box.getChildren().clear();
        works.show(row == null ? -1 : row.title().id(), row == null ? null : row.title().platformId());
        if (row == null) {
            box.getChildren().add(Views.muted(m.get("catalogue.detail.none")));
            box.setAccessibleText(m.get("catalogue.detail.none"));
            return;
        }
        Title t = row.title();
        Label name = new Label(t.name());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        name.setId("detail-title");
        Label where = new Label(m.get("catalogue.detail.on"));
        where.getStyleClass().add(Styles.TEXT_BOLD);
        showCopies();

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int r = field(grid, 0, "catalogue.col.matched", CatalogueView.matchedIn(m, vm, row));
        r = field(grid, r, "catalogue.col.kind", m.kind(t.kind()));
        r = field(grid, r, "catalogue.col.year", t.releaseYear() == null ? null : t.releaseYear().toString());
        r = field(grid, r, "catalogue.col.duration", m.duration(t.duration()));
        r = field(grid, r, "catalogue.col.rating", t.rating());
        r = field(grid, r, "catalogue.col.countries", m.countries(t.countries()));
        r = field(grid, r, "catalogue.col.genres", m.genres(t.genres()));
        r = field(grid, r, "catalogue.detail.director", t.director());
        r = field(grid, r, "catalogue.detail.cast", t.cast());
        var snapshot = scope.of(t.platformId());
        String territory = CatalogueNotices.territory(m, snapshot.map(s -> s.territory()).orElse(null));
        r = field(grid, r, m.format("catalogue.detail.added", row.platformName(), territory), m.date(t.dateAdded()));
        r = field(grid, r, "catalogue.col.platform", row.platformName());
        r = field(grid, r, "catalogue.detail.source", snapshot.map(s -> CatalogueSources.scope(m, row.platformName(),
                s.sourceName(), s.asOf(), territory)).orElse(null));
        field(grid, r, "catalogue.detail.showId", t.showId());

        Label description = new Label(t.description() == null ? m.get("catalogue.detail.noDescription") : t.description());
        description.setWrapText(true);
        box.getChildren().addAll(name, where, platforms, worksPane, grid, description);
        box.setAccessibleText(t.name() + ", " + m.kind(t.kind()) + ", " + row.platformName());
    }

    private void showCopies() {
        platforms.getChildren().clear();
        Row row = vm.selectedProperty().get();
        if (row == null) {
            return;
        }
        var copies = new java.util.ArrayList<Copy>();
        // one chip a platform, though a platform may list the same title twice (two rows of its file, two ids)
        for (Copy c : vm.copies().isEmpty() ? java.util.List.of(new Copy(row.title().id(), row.title().platformId(),
                row.platformName(), row.title().name())) : vm.copies()) {
            if (copies.stream().noneMatch(k -> k.platformId().equals(c.platformId()))) {
                copies.add(c);
            }
        }
        // the same work matched on other platforms (not a candidate of an ambiguous title, not split by the user)
        for (WorkRepository.OtherCopy o : works.others()) {
            boolean matched = !WorkRepository.AMBIGUOUS.equals(o.rule()) && !"split".equals(o.rule());
            if (matched && copies.stream().noneMatch(c -> c.platformId().equals(o.platformId()))) {
                copies.add(new Copy(o.id(), o.platformId(), platformName(o.platformId()), o.name()));
            }
        }
        for (Copy c : copies) {
            Label chip = new Label(c.platformName());
            chip.getStyleClass().addAll("platform-chip", Styles.TEXT_BOLD);
            chip.setAccessibleText(m.get("catalogue.detail.on") + " " + c.platformName());
            platforms.getChildren().add(chip);
        }
        platforms.setAccessibleText(copies.stream().map(Copy::platformName).collect(Collectors.joining(", ")));
    }

    private int field(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label k = new Label(m.has(key) ? m.get(key) : key);
        k.setWrapText(true);
        k.setMaxWidth(140);
        k.getStyleClass().add(Styles.TEXT_MUTED);
        k.setMinWidth(90);
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return row + 1;
    }
}
