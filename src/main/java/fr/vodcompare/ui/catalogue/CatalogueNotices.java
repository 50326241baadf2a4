package fr.vodcompare.ui.catalogue;

import atlantafx.base.theme.Styles;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.store.TitleBrowseQueries.Blanks;
import fr.vodcompare.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The lines under the search bar: the scope of the data listed (each platform's snapshot: source, date,
 * territory), always shown so that no screenshot of the table loses it, and what the table leaves out:
 * the titles a filter drops only because the field it tests is blank, per platform. FX thread only.
 */
final class CatalogueNotices {
    private final CatalogueViewModel vm;
    private final Messages m;
    private final CatalogueSources scope;
    private final Label blanks = new Label();
    private final Label scopeLine = new Label();

    CatalogueNotices(CatalogueViewModel vm, CatalogueSources scope, Messages m) {
        this.vm = vm;
        this.scope = scope;
        this.m = m;
    }

    Node build() {
        scopeLine.setId("catalogue-scope");
        scopeLine.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        scopeLine.setWrapText(true);
        scopeLine.setTooltip(fr.vodcompare.ui.Views.tooltip(m.get("catalogue.sources.help")));
        scope.snapshots().addListener((ListChangeListener<CurrentSnapshot>) c -> showScope());
        vm.platforms().addListener((ListChangeListener<CatalogueViewModel.PlatformChoice>) c -> showScope());
        showScope();
        blanks.setId("catalogue-blanks");
        blanks.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        blanks.setWrapText(true);
        blanks.managedProperty().bind(blanks.visibleProperty());
        vm.blanks().addListener((ListChangeListener<Blanks>) c -> showBlanks());
        showBlanks();
        VBox box = new VBox(2);
        box.getChildren().addAll(scopeLine, blanks);
        box.setPadding(new Insets(0, 12, 6, 12));
        return box;
    }

    private void showScope() {
        String platforms = scope.snapshots().stream().map(this::snapshot).collect(Collectors.joining(m.get("list.separator")));
        scopeLine.setText(platforms.isEmpty() ? "" : m.format("catalogue.sources", platforms));
    }

    /** "Netflix: Kaggle: Netflix Movies and TV Shows (…), as of 25 Sept 2021, territory not stated (likely US)". */
    private String snapshot(CurrentSnapshot s) {
        return CatalogueSources.describe(m, s, platformName(vm, s.platformId()));
    }

    static String platformName(CatalogueViewModel vm, String id) {
        return vm.platforms().stream().filter(p -> p.id().equals(id)).map(CatalogueViewModel.PlatformChoice::name)
                .findFirst().orElse(id);
    }

    /** "not stated (likely US)", or the country's name in the window's language. */
    static String territory(Messages m, String code) {
        if (code == null || Snapshot.UNSTATED.equals(code)) {
            return m.get("data.territory.unstated");
        }
        return new Locale("", code).getDisplayCountry(m.locale());
    }

    private void showBlanks() {
        blanks.setVisible(!vm.blanks().isEmpty());
        blanks.setText(text(m, vm.blanks()));
    }

    /** "Left out because a field the filters test is blank: Prime Video 8,996 titles (no production country)...". */
    static String text(Messages m, List<Blanks> list) {
        if (list.isEmpty()) {
            return "";
        }
        String platforms = list.stream().map(b -> m.format("catalogue.blanks.platform", b.platformName(), b.titles(),
                fields(m, b))).collect(Collectors.joining(m.get("list.separator")));
        return m.format("catalogue.blanks", platforms);
    }

    /** "no production country", or with several blank fields "no production country: 12; no date added: 3". */
    private static String fields(Messages m, Blanks b) {
        List<String> keys = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        add(keys, counts, "catalogue.blanks.country", b.noCountry());
        add(keys, counts, "catalogue.blanks.year", b.noYear());
        add(keys, counts, "catalogue.blanks.added", b.noDateAdded());
        if (keys.size() == 1) {
            return m.get(keys.get(0));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(m.format("catalogue.blanks.field", m.get(keys.get(i)), counts.get(i)));
        }
        return String.join(m.get("list.separator"), out);
    }

    private static void add(List<String> keys, List<Integer> counts, String key, int n) {
        if (n > 0) {
            keys.add(key);
            counts.add(n);
        }
    }
}
