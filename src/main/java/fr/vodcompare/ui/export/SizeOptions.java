package fr.vodcompare.ui.export;

import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.ui.UiMessage;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The size of an exported picture as the user chooses it: one of the presets or a custom width and height typed
 * in, and a scale of 1× or 2×; the size that follows (null while the custom size is not valid), why it is not
 * valid, and a note of the picture's pixels. Kept by the Compare screen so the next export starts from the last
 * choice. FX thread only (no toolkit needed).
 */
public final class SizeOptions {
    /** Smallest side of a custom size: below it the charts' texts no longer fit. */
    public static final int MIN_SIDE = 200;
    public static final List<Integer> SCALES = List.of(1, 2);

    private final ObjectProperty<ExportSize> preset = new SimpleObjectProperty<>(this, "preset", ExportSize.DEFAULT);
    private final BooleanProperty custom = new SimpleBooleanProperty(this, "custom");
    private final StringProperty width = new SimpleStringProperty(this, "width", "1200");
    private final StringProperty height = new SimpleStringProperty(this, "height", "675");
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", 1);
    private final ReadOnlyObjectWrapper<ExportSize> size = new ReadOnlyObjectWrapper<>(this, "size");
    private final ReadOnlyObjectWrapper<UiMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<UiMessage> note = new ReadOnlyObjectWrapper<>(this, "note");

    public SizeOptions() {
        preset.addListener((o, was, now) -> {
            if (now != null) {
                // the custom fields start from the last preset chosen
                width.set(Integer.toString(now.width()));
                height.set(Integer.toString(now.height()));
            }
        });
        for (Observable o : new Observable[] {preset, custom, width, height, scale}) {
            o.addListener(x -> update());
        }
        update();
    }

    /** The presets offered, in order (their scale is 1). */
    public static List<ExportSize> presets() {
        return ExportSize.PRESETS;
    }

    private void update() {
        ExportSize base;
        if (custom.get()) {
            Integer w = parse(width.get());
            Integer h = parse(height.get());
            if (w == null || h == null) {
                fail(new UiMessage("export.size.notNumber"));
                return;
            }
            if (w < MIN_SIDE || h < MIN_SIDE || w > ExportSize.MAX_PIXELS || h > ExportSize.MAX_PIXELS) {
                fail(new UiMessage("export.size.range", MIN_SIDE, ExportSize.MAX_PIXELS));
                return;
            }
            base = new ExportSize(w, h, 1);
        } else {
            base = preset.get() == null ? ExportSize.DEFAULT : preset.get();
        }
        int s = scale.get() < 1 ? 1 : scale.get();
        long pw = (long) base.width() * s;
        long ph = (long) base.height() * s;
        if (pw > ExportSize.MAX_PIXELS || ph > ExportSize.MAX_PIXELS) {
            fail(new UiMessage("export.size.tooLarge", s, pw, ph, ExportSize.MAX_PIXELS));
            return;
        }
        ExportSize chosen = new ExportSize(base.width(), base.height(), s);
        problem.set(null);
        size.set(chosen);
        note.set(new UiMessage("export.size.note", chosen.pixelWidth(), chosen.pixelHeight()));
    }

    private void fail(UiMessage why) {
        size.set(null);
        note.set(null);
        problem.set(why);
    }

    /** A whole number typed by a person ("1 600" and "1600 px" too); null when it is none. */
    static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s\\u00A0\\u202F]", "").replaceFirst("(?i)px$", "");
        if (!digits.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** The preset chosen (scale 1); ignored while {@link #customProperty()} is true. */
    public ObjectProperty<ExportSize> presetProperty() {
        return preset;
    }

    /** True when the width and height typed in are used instead of a preset. */
    public BooleanProperty customProperty() {
        return custom;
    }

    /** The custom width as typed, in pixels before scaling. */
    public StringProperty widthProperty() {
        return width;
    }

    public StringProperty heightProperty() {
        return height;
    }

    /** 1 or 2: 2 doubles every pixel, for sharp pictures on high-density screens and in print. */
    public IntegerProperty scaleProperty() {
        return scale;
    }

    /** The size to export, or null while the choice is not valid (see {@link #problemProperty()}). */
    public ReadOnlyObjectProperty<ExportSize> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** Why the choice is not valid, in a sentence to show beside it; null when it is. */
    public ReadOnlyObjectProperty<UiMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "The picture will be W × H pixels."; null while the choice is not valid. */
    public ReadOnlyObjectProperty<UiMessage> noteProperty() {
        return note.getReadOnlyProperty();
    }
}
