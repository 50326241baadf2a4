package fr.vodcompare.ui;

import java.util.ArrayList;
import java.util.List;

/** Records the links the app asked to open (HostServices does not work under Monocle). */
public final class RecordingLinks implements LinkOpener {
    public final List<String> opened = new ArrayList<>();

    @Override
    public void open(String url) {
        opened.add(url);
    }
}
