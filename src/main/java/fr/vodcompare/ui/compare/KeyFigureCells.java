package fr.vodcompare.ui.compare;

import atlantafx.base.theme.Styles;
import fr.vodcompare.analysis.KeyFigures;
import fr.vodcompare.analysis.KeyFigures.Computed;
import fr.vodcompare.analysis.KeyFigures.Figure;
import fr.vodcompare.model.Fact;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Periods;
import fr.vodcompare.ui.Views;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Draws one key figure: the value, its period and publisher, the app's own count, and the sources on hover. */
final class KeyFigureCells {
    private final Messages m;
    private final Predicate<Fact> open;

    KeyFigureCells(Messages m, Predicate<Fact> open) {
        this.m = m;
        this.open = open;
    }

    Node cell(Figure f) {
        VBox box = new VBox(2);
        box.getStyleClass().add("key-figure");
        box.setId("figure-" + f.type().name().toLowerCase(java.util.Locale.ROOT) + "-" + f.platformId());
        StringBuilder tip = new StringBuilder();
        if (!f.facts().isEmpty()) {
            // one figure, one source; the others of the same period are on hover
            Fact first = f.facts().get(0);
            Label value = new Label(m.value(first));
            value.getStyleClass().addAll(Styles.TITLE_4, "key-figure-value");
            value.setWrapText(true);
            Label when = new Label(m.period(first.period()) + " · " + publishers(List.of(first)));
            when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            when.setWrapText(true);
            box.getChildren().addAll(value, when);
            if (f.facts().size() > 1) {
                Label more = new Label(m.format("compare.otherFigures", f.facts().size() - 1));
                more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "key-figure-more");
                more.setWrapText(true);
                box.getChildren().add(more);
            }
            tip.append(sources(f.facts()));
            box.setCursor(Cursor.HAND);
            box.setOnMouseClicked(e -> open.test(f.facts().get(0)));
        } else {
            Label none = new Label("—");
            none.getStyleClass().add(Styles.TITLE_4);
            box.getChildren().add(none);
            tip.append(m.get("compare.noSourcedFigure"));
        }
        if (f.computed() != null) {
            Label own = new Label(computed(f));
            own.getStyleClass().add(Styles.TEXT_SMALL);
            own.setWrapText(true);
            box.getChildren().add(own);
            tip.append("\n\n").append(computedSource(f));
        }
        box.setAccessibleText(m.get("compare.figure." + f.type().name()) + ": " + box.getChildren().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining(". ")));
        Views.installTooltip(box, tip.toString());
        return box;
    }

    private String computed(Figure f) {
        Computed c = f.computed();
        switch (f.type()) {
            case CATALOGUE_SIZE:
                return m.format("compare.own.catalogue", c.value());
            case FRENCH_SHARE:
                return m.format("compare.own.french", m.percent(c.percent()), c.value(), c.of());
            case ORIGINALS:
                return m.format("compare.own.originals", c.value(), c.of() - c.value());
            default:
                return "";
        }
    }

    private String computedSource(Figure f) {
        Computed c = f.computed();
        if (f.type() == KeyFigures.Type.ORIGINALS) {
            return m.get("compare.own.originals.source");
        }
        return m.format("compare.own.source", c.basis() == null ? "—" : c.basis(), m.date(c.asOf()));
    }

    /** The publisher ("CNC"), or when the file names none the citation's part before the media, short, for under the value. */
    private String publishers(List<Fact> facts) {
        return facts.stream().map(f -> {
            String c = f.publisher() != null ? f.publisher() : m.citation(f.source().citation());
            int cut = c.indexOf(';');
            String s = cut > 0 ? c.substring(0, cut) : c;
            return s.length() > 60 ? s.substring(0, 57) + "…" : s;
        }).distinct().collect(Collectors.joining(" · "));
    }

    /** The full sources of figures, for a tooltip. */
    String sources(List<Fact> facts) {
        return facts.stream().map(f -> m.format("compare.source", m.value(f), m.period(f.period()),
                m.citation(f.source().citation()), f.source().url() == null ? "—" : f.source().url(),
                f.note() == null || f.note().isBlank() ? "" : "\n" + m.format("compare.note", f.note())))
                .collect(Collectors.joining("\n\n"));
    }
}
