package fr.vodcompare.ui.catalogue;

import atlantafx.base.theme.Styles;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The top of the catalogue's filter column: which catalogues show (each platform's current one, or one snapshot
 * of a platform), the territory of the current ones (by default the newest catalogue's), and a line saying what
 * the list holds. FX thread only.
 */
final class CatalogueScopeBox {
    private final CatalogueViewModel vm;
    private final CatalogueScope scope;
    private final Messages m;
    private final Label says = Views.muted("");

    CatalogueScopeBox(CatalogueViewModel vm, Messages m) {
        this.vm = vm;
        this.scope = vm.scope();
        this.m = m;
    }

    Node build() {
        ComboBox<Snapshot> snapshot = new ComboBox<>();
        snapshot.setId("catalogue-snapshot");
        Views.names(snapshot, s -> s == null ? m.get("catalogue.scope.current")
                : m.format("catalogue.scope.snapshot", platformName(s.platformId()), m.date(s.asOf())));
        Runnable fillSnapshots = () -> refill(snapshot, scope.snapshotProperty(), scope.snapshots());
        // a null value is "Current catalogues": the button names it (a combo box hands its button an empty cell for null)
        snapshot.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Snapshot item, boolean empty) {
                super.updateItem(item, empty);
                setText(snapshot.getConverter().toString(empty ? null : item));
            }
        });
        snapshot.valueProperty().bindBidirectional(scope.snapshotProperty());
        scope.snapshots().addListener((ListChangeListener<Snapshot>) c -> fillSnapshots.run());
        fillSnapshots.run();
        snapshot.setMaxWidth(Double.MAX_VALUE);
        snapshot.setVisibleRowCount(14);
        snapshot.setTooltip(Views.tooltip(m.get("catalogue.scope.help")));

        ComboBox<String> territory = new ComboBox<>();
        territory.setId("catalogue-territory");
        Views.names(territory, t -> t == null ? m.format("catalogue.scope.territory.default", territoryName(newestTerritory()))
                : territoryName(t));
        // the button names the territory only (the list says which one is the default; the line below says why)
        territory.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                // null (and the empty cell a combo box gives a null value) is the default: the newest catalogue's territory
                setText(territoryName(empty || item == null ? newestTerritory() : item));
            }
        });
        Runnable fillTerritories = () -> refill(territory, scope.territoryProperty(), scope.territories());
        territory.valueProperty().bindBidirectional(scope.territoryProperty());
        scope.territories().addListener((ListChangeListener<String>) c -> fillTerritories.run());
        scope.newestProperty().addListener(o -> fillTerritories.run());
        fillTerritories.run();
        territory.setMaxWidth(Double.MAX_VALUE);
        territory.disableProperty().bind(scope.snapshotProperty().isNotNull());
        territory.setTooltip(Views.tooltip(m.get("catalogue.scope.territory.help")));

        says.setId("catalogue-scope-says");
        for (Observable o : new Observable[] {scope.snapshotProperty(), scope.territoryProperty(), scope.newestProperty(),
                vm.platforms()}) {
            o.addListener(x -> say());
        }
        say();
        Label title = new Label(m.get("catalogue.scope"));
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(6, title, Views.labelFor(m.get("catalogue.scope.shown"), snapshot), snapshot,
                Views.labelFor(m.get("catalogue.scope.territory"), territory), territory, says);
    }

    /** What the list holds, in words: the catalogues' territory and date, or the snapshot's. */
    private void say() {
        Snapshot s = scope.snapshotProperty().get();
        Snapshot newest = scope.newestProperty().get();
        if (s != null) {
            says.setText(m.format("catalogue.scope.says.snapshot", platformName(s.platformId()), m.date(s.asOf()), s.titleCount(),
                    territoryName(s.territory())));
        } else if (scope.territoryProperty().get() != null) {
            says.setText(m.format("catalogue.scope.says.territory", territoryName(scope.territoryProperty().get())));
        } else if (newest != null) {
            says.setText(m.format("catalogue.scope.says.default", territoryName(newest.territory()), platformName(newest.platformId()),
                    m.date(newest.asOf())));
        } else {
            says.setText("");
        }
    }

    private String newestTerritory() {
        Snapshot newest = scope.newestProperty().get();
        return newest == null ? null : newest.territory();
    }

    private String territoryName(String code) {
        return code == null ? "–" : Snapshot.UNSTATED.equals(code) ? m.get("data.territory.unstated") : code;
    }

    /**
     * Puts {@code items} in the box after a first null (the default choice), keeping the choice. The box is unbound
     * meanwhile: a combo box changing its items moves its value for a moment, and the scope would load the catalogue
     * again for each move.
     */
    private static <T> void refill(ComboBox<T> box, Property<T> chosen, List<T> items) {
        T keep = chosen.getValue();
        box.valueProperty().unbindBidirectional(chosen);
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(items);
        box.getItems().setAll(all);
        box.setValue(keep);
        box.valueProperty().bindBidirectional(chosen);
    }

    private String platformName(String id) {
        return vm.platforms().stream().filter(p -> p.id().equals(id)).map(CatalogueViewModel.PlatformChoice::name).findFirst()
                .orElse(id);
    }
}
