package fr.vodcompare.app;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.image.Image;

/** The app's icon for the window's title bar and the task bar (drawn by src/packaging/DrawIcons.java). */
final class AppIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /**
     * Every size, read at once: call it off the FX thread ({@code Application.init()}). (Images still loading
     * in the background when given to a stage never reach the window manager.)
     */
    static List<Image> window() {
        return SIZES.stream().map(s -> AppIcons.class.getResource("icon-" + s + ".png"))
                .flatMap(u -> u == null ? Stream.empty() : Stream.of(new Image(u.toExternalForm())))
                .collect(Collectors.toList());
    }
}
