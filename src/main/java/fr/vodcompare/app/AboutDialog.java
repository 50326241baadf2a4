package fr.vodcompare.app;

import atlantafx.base.theme.Styles;
import fr.vodcompare.cli.BuildInfo;
import fr.vodcompare.ui.LinkOpener;
import fr.vodcompare.ui.Messages;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: what the app is, its version and the commit it was built from, where its data comes from, the licences, and where its files are. */
final class AboutDialog {
    static final String[][] DATA = {
            {"about.data.netflix", "https://www.kaggle.com/datasets/shivamb/netflix-shows"},
            {"about.data.prime", "https://www.kaggle.com/datasets/shivamb/amazon-prime-movies-and-tv-shows"},
    };
    static final String[][] LIBRARIES = {
            {"OpenJFX 21", "GPL 2.0 + Classpath Exception", "https://openjfx.io"},
            {"AtlantaFX", "MIT", "https://github.com/mkpaz/atlantafx"},
            {"Ikonli (Feather icons)", "Apache 2.0 (icons: MIT)", "https://kordamp.org/ikonli/"},
            {"Jackson", "Apache 2.0", "https://github.com/FasterXML/jackson"},
            {"SQLite JDBC (xerial)", "Apache 2.0", "https://github.com/xerial/sqlite-jdbc"},
            {"SQLite", "Public domain", "https://sqlite.org"},
            {"picocli", "Apache 2.0", "https://picocli.info"},
            {"SLF4J", "MIT", "https://www.slf4j.org"},
    };

    private final Window owner;
    private final Messages m;
    private final Path store;
    private final Path log;
    private final LinkOpener links;

    AboutDialog(Window owner, Messages m, Path store, Path log, LinkOpener links) {
        this.owner = owner;
        this.m = m;
        this.store = store;
        this.log = log;
        this.links = links;
    }

    void show() {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("about.title"));
        BuildInfo build = BuildInfo.current();
        Label name = new Label(m.get("app.name"));
        name.getStyleClass().add(Styles.TITLE_2);
        TextField version = new TextField(m.format("about.version", build.version(), build.commit()));
        version.setEditable(false);
        version.setId("about-version");
        version.setAccessibleText(m.get("about.version.label"));
        version.getStyleClass().add(Styles.FLAT);
        VBox box = new VBox(8, name, version, wrap(m.get("about.what")), heading("about.data"));
        for (String[] d1 : DATA) {
            box.getChildren().add(link(m.get(d1[0]), d1[1]));
        }
        box.getChildren().addAll(wrap(m.get("about.data.facts")), heading("about.licences"), wrap(m.get("about.licence.app")));
        for (String[] lib : LIBRARIES) {
            box.getChildren().add(link(lib[0] + " — " + lib[1], lib[2]));
        }
        box.getChildren().addAll(heading("about.files"), path("about.file.store", store), path("about.file.log", log),
                wrap(m.get("about.file.log.help")));
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 520);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.showAndWait();
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        l.setPadding(new Insets(8, 0, 0, 0));
        return l;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private Hyperlink link(String text, String url) {
        Hyperlink h = new Hyperlink(text);
        h.setOnAction(e -> links.open(url));
        h.setAccessibleHelp(url);
        h.setTooltip(new javafx.scene.control.Tooltip(url));
        return h;
    }

    /** A path the user can select and copy. */
    private VBox path(String key, Path p) {
        TextField f = new TextField(p.toAbsolutePath().toString());
        f.setEditable(false);
        f.setAccessibleText(m.get(key));
        return new VBox(2, new Label(m.get(key)), f);
    }
}
