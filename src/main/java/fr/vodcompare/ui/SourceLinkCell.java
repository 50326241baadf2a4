package fr.vodcompare.ui;

import fr.vodcompare.model.Source;
import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.feather.Feather;

/** A table cell with the source's site as a link that opens in the browser. FX thread only. */
public final class SourceLinkCell<S> extends TableCell<S, S> {
    private final Function<S, Source> source;
    private final Consumer<S> open;
    private final Messages m;

    public SourceLinkCell(Function<S, Source> source, Consumer<S> open, Messages m) {
        this.source = source;
        this.open = open;
        this.m = m;
    }

    @Override
    protected void updateItem(S item, boolean empty) {
        super.updateItem(item, empty);
        Source s = empty || item == null ? null : source.apply(item);
        if (s == null || s.url() == null) {
            setGraphic(null);
            setText(empty || item == null ? null : "—");
            return;
        }
        if (!s.isWeb()) {
            setGraphic(null); // shown, never opened: not a web address
            setText(s.url());
            return;
        }
        Hyperlink link = new Hyperlink(host(s.url()), Views.icon(Feather.EXTERNAL_LINK));
        link.setOnAction(e -> open.accept(item));
        link.setTooltip(Views.tooltip(s.url()));
        link.setAccessibleText(m.format("source.open", s.citation()));
        link.setFocusTraversable(false);
        setText(null);
        setGraphic(link);
    }

    /** "cbnews.fr" for "https://www.cbnews.fr/digital/..."; the URL itself when it has no host. */
    public static String host(String url) {
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? url : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
