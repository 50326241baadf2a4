package fr.vodcompare.ui.top10;

import atlantafx.base.theme.Styles;
import fr.vodcompare.store.Top10Queries.LinkedTitle;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.top10.Top10ViewModel.Row;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The line chosen in the weekly lists: its work and season, and the Netflix catalogue title(s) it is linked to. FX thread only. */
final class Top10Detail {
    private final Messages m;
    private final VBox box = new VBox(8);
    private final ScrollPane pane = new ScrollPane(box);

    Top10Detail(Messages m) {
        this.m = m;
        box.setPadding(new Insets(12));
        box.setId("top10-detail");
        pane.setFitToWidth(true);
        pane.setMinWidth(240);
        show(null);
    }

    Node node() {
        return pane;
    }

    void show(Row row) {
        box.getChildren().clear();
        if (row == null) {
            box.getChildren().add(Views.muted(m.get("top10.detail.none")));
            return;
        }
        Label title = text(row.entry().work());
        title.getStyleClass().add(Styles.TITLE_3);
        box.getChildren().add(title);
        if (row.entry().season() != null) {
            box.getChildren().add(text(row.entry().season()));
        }
        box.getChildren().add(Views.muted(m.kind(row.entry().kind()) + " · " + row.entry().category().label() + " · "
                + m.date(row.entry().week())));
        if (row.titles().isEmpty()) {
            box.getChildren().add(text(m.get("top10.detail.unlinked")));
            return;
        }
        if (row.titles().size() > 1) {
            box.getChildren().add(Views.muted(m.format("top10.detail.several", row.titles().size())));
        }
        for (LinkedTitle t : row.titles()) {
            Label name = text(t.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            box.getChildren().addAll(name,
                    text(m.format("top10.detail.year", t.releaseYear() == null ? m.get("top10.detail.unknown") : t.releaseYear().toString())),
                    text(m.format("top10.detail.countries", orUnknown(t.countries() == null ? null : m.countries(java.util.List.of(t.countries().split(",\\s*")))))),
                    text(m.format("top10.detail.genres", orUnknown(t.genres() == null ? null : m.genres(java.util.List.of(t.genres().split(",\\s*")))))));
            if (t.director() != null) {
                box.getChildren().add(text(m.format("top10.detail.director", t.director())));
            }
            if (t.description() != null) {
                box.getChildren().add(Views.muted(t.description()));
            }
        }
    }

    private String orUnknown(String s) {
        return s == null || s.isBlank() ? m.get("top10.detail.unknown") : s;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
