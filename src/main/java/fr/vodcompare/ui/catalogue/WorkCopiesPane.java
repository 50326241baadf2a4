package fr.vodcompare.ui.catalogue;

import atlantafx.base.theme.Styles;
import fr.vodcompare.store.WorkRepository;
import fr.vodcompare.store.WorkRepository.OtherCopy;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * In the title's detail: the same work on other platforms, each with the rule that matched it and its
 * confidence, and Confirm / Split buttons. FX thread only.
 */
final class WorkCopiesPane {
    private final WorkCopiesViewModel vm;
    private final Messages m;
    private final Function<String, String> platformName;
    private final VBox box = new VBox(6);
    private final Label message = new Label();

    WorkCopiesPane(WorkCopiesViewModel vm, Messages m, Function<String, String> platformName) {
        this.vm = vm;
        this.m = m;
        this.platformName = platformName;
    }

    Node build() {
        box.setId("detail-works");
        vm.others().addListener((ListChangeListener<OtherCopy>) c -> draw());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        vm.messageProperty().addListener((o, was, now) -> message.setText(now == null ? "" : m.text(now)));
        draw();
        return box;
    }

    private void draw() {
        box.getChildren().clear();
        Label head = new Label(m.get("work.title"));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        head.setWrapText(true); // on two lines rather than cut where the detail is narrow (French at 1900 px)
        head.setTooltip(Views.tooltip(m.get("work.help")));
        box.getChildren().add(head);
        if (vm.others().isEmpty()) {
            box.getChildren().add(Views.muted(m.get("work.none")));
        }
        for (OtherCopy o : vm.others()) {
            box.getChildren().add(row(o));
        }
        box.getChildren().add(message);
    }

    private Node row(OtherCopy o) {
        String year = o.year() == null ? "" : " (" + o.year() + ")";
        Label what = new Label(m.format("work.copy", platformName.apply(o.platformId()), o.name(), year));
        what.setWrapText(true);
        String rule = m.get("work.rule." + o.rule());
        Label why = new Label(WorkRepository.AMBIGUOUS.equals(o.rule()) || "split".equals(o.rule()) ? rule
                : m.format("work.ruleConfidence", rule, m.number(o.confidence(), 1)));
        why.setWrapText(true);
        why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        FlowPane buttons = new FlowPane(6, 4);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (!"confirmed".equals(o.rule())) {
            buttons.getChildren().add(button("work.confirm", o, true));
        }
        if (!"split".equals(o.rule())) {
            buttons.getChildren().add(button("work.split", o, false));
        }
        VBox row = new VBox(2, what, why, buttons);
        row.getStyleClass().add("work-copy");
        return row;
    }

    private Button button(String key, OtherCopy o, boolean confirm) {
        Button b = new Button(m.get(key));
        b.getStyleClass().add(Styles.SMALL);
        b.setId((confirm ? "work-confirm-" : "work-split-") + o.id());
        b.setTooltip(Views.tooltip(m.get(key + ".help")));
        b.setAccessibleText(m.get(key) + " " + o.name());
        b.setMnemonicParsing(false);
        b.setOnAction(e -> vm.choose(o, confirm));
        return b;
    }
}
