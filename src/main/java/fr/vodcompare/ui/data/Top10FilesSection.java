package fr.vodcompare.ui.data;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.store.Top10Repository.StoredFile;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/** The Data screen's list of imported Netflix Top 10 files, with their weeks, and Delete. FX thread only. */
final class Top10FilesSection {
    private final DataViewModel vm;
    private final Messages m;
    private final TableView<StoredFile> table = new TableView<>();

    Top10FilesSection(DataViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    /** The title with the Delete button beside it (the screen is already full), the help and the table, in order. */
    List<Node> nodes() {
        Label title = new Label(m.get("data.top10"));
        title.getStyleClass().add(Styles.TITLE_3);
        Node table = table();
        HBox head = new HBox(16, title, delete());
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return List.of(head, Views.muted(m.get("data.top10.help")), table);
    }

    private Node table() {
        table.setId("data-top10");
        table.setItems(vm.top10Files());
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setAccessibleText(m.get("data.top10"));
        table.setPrefHeight(110);
        table.setMinHeight(100);
        table.setPlaceholder(Views.muted(m.get("data.top10.none")));
        table.getColumns().setAll(List.of(
                Views.column(m.get("data.col.file"), 220, StoredFile::fileName),
                Views.column(m.get("data.col.layout"), 100, f -> m.get("data.top10.layout." + f.layout())),
                Views.column(m.get("data.col.kept"), 110, f -> f.countryFilter() == null ? m.get("data.top10.all") : f.countryFilter()),
                Views.column(m.get("top10.from"), 110, f -> m.date(f.firstWeek())),
                Views.column(m.get("top10.to"), 110, f -> m.date(f.lastWeek())),
                Views.column(m.get("data.col.weeks"), 90, f -> m.count(f.weeks())),
                Views.column(m.get("data.col.countries"), 90, f -> m.count(f.countries())),
                Views.column(m.get("data.col.lines"), 100, f -> m.count(f.entries())),
                Views.column(m.get("data.col.imported"), 120, f -> m.date(f.importedAt().atZone(ZoneId.systemDefault())
                        .toLocalDate()))));
        table.getColumns().forEach(Views::fitTitle);
        return table;
    }

    private Node delete() {
        var selected = table.getSelectionModel().selectedItemProperty();
        Button delete = Views.button(m.get("data.deleteTop10"), Feather.TRASH_2);
        delete.setId("data-delete-top10");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            StoredFile f = selected.get();
            if (f != null && Views.confirm(table.getScene().getWindow(), m, m.format("data.deleteTop10.confirm", f.fileName()),
                    m.format("data.deleteTop10.detail", f.entries(), f.weeks()), m.get("data.delete"))) {
                vm.deleteTop10File(f);
            }
        });
        delete.disableProperty().bind(Bindings.isNull(selected).or(vm.busyProperty()));
        return delete;
    }
}
