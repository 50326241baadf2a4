package fr.vodcompare.ui.export;

import fr.vodcompare.chart.ChartPoint;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartSeries;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.chart.ChartType;
import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.chart.ValueUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Charts computed as a small spec per request and "written" by recording what would be written. */
final class FakePngs implements ChartPngs {
    record Written(ChartSpec spec, ExportSize size, Path file) {
    }

    final List<ChartRequest> requests = new ArrayList<>();
    final List<Written> written = new ArrayList<>();
    /** Called before each write with the number of files written so far; may throw or cancel. */
    Hook beforeWrite = n -> { };

    interface Hook {
        void run(int writtenSoFar) throws Exception;
    }

    static ChartSpec spec(String id, Locale locale, String title, String subtitle) {
        return new ChartSpec(id, ChartType.COLUMNS, locale, title, subtitle, "", "", ValueUnit.COUNT, List.of("a"),
                List.of(new ChartSeries("netflix", "Netflix", "#E50914", List.of(ChartPoint.of("a", 1, "1")))), null,
                List.of(), "Source: test", "");
    }

    @Override
    public ChartSpec spec(ChartRequest request) {
        requests.add(request);
        return spec(request.id(), request.locale(), "Title of " + request.id(), "Subtitle of " + request.id())
                .withTitle(request.title()).withSubtitle(request.subtitle());
    }

    @Override
    public void write(ChartSpec spec, ExportSize size, Path file) throws Exception {
        beforeWrite.run(written.size());
        written.add(new Written(spec, size, file));
    }
}
