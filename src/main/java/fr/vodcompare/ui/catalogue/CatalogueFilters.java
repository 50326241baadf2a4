package fr.vodcompare.ui.catalogue;

import atlantafx.base.theme.Styles;
import fr.vodcompare.model.Kind;
import fr.vodcompare.store.TitleBrowseQueries.Genre;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.ui.DateField;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** The filter column of the catalogue: every control bound to the view model. FX thread only. */
final class CatalogueFilters {
    private final CatalogueViewModel vm;
    private final Messages m;
    private final VBox platformBoxes = new VBox(6);

    CatalogueFilters(CatalogueViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("catalogue-filters");
        Label title = new Label(m.get("catalogue.filters"));
        title.getStyleClass().add(Styles.TITLE_4);

        ComboBox<Kind> kind = choice(vm.kindProperty(), m.get("catalogue.filter.anyKind"), m::kind,
                Kind.FILM, Kind.SERIES, Kind.OTHER);
        ComboBox<Genre> genre = new ComboBox<>(vm.genres());
        genre.setConverter(converter(g -> g == null ? m.get("catalogue.filter.anyGenre")
                : m.format("catalogue.filter.genreCount", m.genre(g.name()), g.titles())));
        genre.setButtonCell(cell(genre.getConverter()));
        genre.valueProperty().bindBidirectional(vm.genreProperty());
        genre.setMaxWidth(Double.MAX_VALUE);
        genre.setVisibleRowCount(16);
        Button anyGenre = Views.iconButton(Feather.X, m.get("catalogue.filter.anyGenre"));
        anyGenre.setOnAction(e -> vm.genreProperty().set(null));
        anyGenre.visibleProperty().bind(vm.genreProperty().isNotNull());
        anyGenre.managedProperty().bind(anyGenre.visibleProperty());
        HBox.setHgrow(genre, Priority.ALWAYS);

        ComboBox<TitleFilter.Origin> origin = choice(vm.originProperty(), m.get("catalogue.filter.anyOrigin"),
                o -> m.get("catalogue.origin." + o.name()), TitleFilter.Origin.values());
        origin.setTooltip(Views.tooltip(m.get("catalogue.filter.origin.help")));

        TextField yearFrom = yearField(vm.yearFromProperty(), m.get("catalogue.filter.from"));
        TextField yearTo = yearField(vm.yearToProperty(), m.get("catalogue.filter.to"));
        DatePicker addedFrom = datePicker(vm.addedFromProperty(), m.get("catalogue.filter.addedFrom"));
        DatePicker addedTo = datePicker(vm.addedToProperty(), m.get("catalogue.filter.addedTo"));

        CheckBox originals = new CheckBox(m.get("catalogue.filter.originals"));
        originals.selectedProperty().bindBidirectional(vm.originalsOnlyProperty());
        originals.setTooltip(Views.tooltip(m.get("catalogue.filter.originals.help")));
        originals.setWrapText(true);

        Button reset = Views.button(m.get("catalogue.filter.reset"), Feather.ROTATE_CCW);
        reset.setOnAction(e -> vm.clearFilters());
        reset.setMaxWidth(Double.MAX_VALUE);
        reset.setWrapText(true);

        vm.platforms().addListener((ListChangeListener<CatalogueViewModel.PlatformChoice>) c -> fillPlatforms());
        vm.hiddenPlatforms().addListener((SetChangeListener<String>) c -> fillPlatforms());
        fillPlatforms();

        box.getChildren().addAll(new CatalogueScopeBox(vm, m).build(), title,
                section(m.get("catalogue.filter.platforms")), platformBoxes,
                Views.labelFor(m.get("catalogue.filter.kind"), kind), kind,
                Views.labelFor(m.get("catalogue.filter.genre"), genre), new HBox(4, genre, anyGenre),
                Views.labelFor(m.get("catalogue.filter.origin"), origin), origin,
                section(m.get("catalogue.filter.year")), new HBox(6, yearFrom, new Label("–"), yearTo),
                section(m.get("catalogue.filter.added")), addedFrom, addedTo,
                originals, reset);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(230);
        scroll.setPrefWidth(230);
        return scroll;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private void fillPlatforms() {
        platformBoxes.getChildren().clear();
        for (CatalogueViewModel.PlatformChoice p : vm.platforms()) {
            CheckBox cb = new CheckBox(m.format("catalogue.filter.platformCount", p.name(), p.titles()));
            cb.setSelected(!vm.hiddenPlatforms().contains(p.id()));
            cb.selectedProperty().addListener((o, was, now) -> vm.showPlatform(p.id(), now));
            cb.setId("platform-" + p.id());
            cb.disableProperty().bind(vm.scope().snapshotProperty().isNotNull());
            platformBoxes.getChildren().add(cb);
        }
    }

    @SafeVarargs
    private <T> ComboBox<T> choice(ObjectProperty<T> property, String any, Function<T, String> name, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(Arrays.asList(values));
        StringConverter<T> conv = converter(v -> v == null ? any : name.apply(v));
        box.setConverter(conv);
        box.setCellFactory(l -> cell(conv));
        box.setButtonCell(cell(conv));
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static <T> ListCell<T> cell(StringConverter<T> conv) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : conv.toString(item));
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Four digits or nothing; anything else is shown as a mistake and not applied. */
    private TextField yearField(ObjectProperty<Integer> property, String prompt) {
        TextField f = new TextField(property.get() == null ? "" : property.get().toString());
        f.setPromptText(prompt);
        f.setPrefColumnCount(5);
        f.setAccessibleText(m.get("catalogue.filter.year") + " " + prompt);
        f.textProperty().addListener((o, was, now) -> {
            String t = now.strip();
            boolean ok = t.isEmpty() || t.matches("\\d{4}");
            f.pseudoClassStateChanged(Styles.STATE_DANGER, !ok);
            if (ok) {
                property.set(t.isEmpty() ? null : Integer.valueOf(t));
            }
        });
        property.addListener((o, was, now) -> {
            String t = now == null ? "" : now.toString();
            if (!t.equals(f.getText().strip()) && (now != null || f.getText().strip().matches("\\d{4}"))) {
                f.setText(t);
            }
        });
        HBox.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private DatePicker datePicker(ObjectProperty<LocalDate> property, String prompt) {
        DatePicker p = DateField.of(property, m.locale(), prompt);
        p.setTooltip(new Tooltip(prompt));
        p.setMaxWidth(Double.MAX_VALUE);
        return p;
    }
}
