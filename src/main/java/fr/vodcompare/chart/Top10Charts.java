package fr.vodcompare.chart;

import fr.vodcompare.model.Top10Entry;

import fr.vodcompare.analysis.Top10Periods;
import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the charts of Netflix's weekly Top 10 share: the source line, the weeks covered, partial periods, linking. */
final class Top10Charts {
    private Top10Charts() {
    }

    /** "Data: weekly lists from the week of 4 July 2021 to the week of 22 February 2026 (240 weeks)". */
    static String dataDate(ChartContext ctx, LocalDate first, LocalDate last, int weeks) {
        if (first == null) {
            return "";
        }
        return ctx.get("top10.data", ctx.texts().date(first), ctx.texts().date(last), ctx.numbers().count(weeks));
    }

    /** The source line: Netflix's lists, then any other source shown (the CNC). */
    static String source(ChartContext ctx, List<String> others) {
        List<String> all = new ArrayList<>();
        all.add(ctx.get("top10.source"));
        all.addAll(others);
        return ctx.texts().sourceLine(all);
    }

    /** The periods' labels on the axis ("T3 2021", "2022"). */
    static List<String> categories(ChartContext ctx, List<String> periods) {
        return periods.stream().map(p -> ctx.texts().shortPeriod(p)).toList();
    }

    /**
     * Says which first and last periods hold only part of their weeks ("2021: weeks from 4 July to 26 December only.").
     *
     * @param weeks the weeks shown, oldest first
     */
    static List<String> partial(ChartContext ctx, Top10Periods grouping, List<LocalDate> weeks) {
        List<String> out = new ArrayList<>();
        if (weeks.isEmpty()) {
            return out;
        }
        LocalDate first = weeks.get(0);
        LocalDate last = weeks.get(weeks.size() - 1);
        String firstPeriod = grouping.key(first);
        String lastPeriod = grouping.key(last);
        List<LocalDate> inFirst = weeks.stream().filter(w -> grouping.key(w).equals(firstPeriod)).toList();
        List<LocalDate> inLast = weeks.stream().filter(w -> grouping.key(w).equals(lastPeriod)).toList();
        boolean startsLate = grouping.key(first.minusWeeks(1)).equals(firstPeriod);
        boolean endsEarly = grouping.key(last.plusWeeks(1)).equals(lastPeriod);
        if (startsLate || firstPeriod.equals(lastPeriod) && endsEarly) {
            out.add(ctx.get("top10.partial", ctx.texts().shortPeriod(firstPeriod), ctx.texts().date(inFirst.get(0)),
                    ctx.texts().date(inFirst.get(inFirst.size() - 1))));
        }
        if (endsEarly && !firstPeriod.equals(lastPeriod)) {
            out.add(ctx.get("top10.partial", ctx.texts().shortPeriod(lastPeriod), ctx.texts().date(inLast.get(0)),
                    ctx.texts().date(inLast.get(inLast.size() - 1))));
        }
        return out;
    }

    /** Which Netflix catalogue the works were linked to, and what that leaves out. */
    static String catalogueNote(ChartContext ctx) throws DataException {
        for (CurrentSnapshot s : ctx.data().currentSnapshots(ctx.territory())) {
            if (s.platformId().equals(Top10Entry.PLATFORM)) {
                String territory = Snapshot.UNSTATED.equals(s.territory()) ? ctx.get("territory.unstated") : s.territory();
                return ctx.get("top10.catalogue", ctx.texts().date(s.asOf()), territory);
            }
        }
        return ctx.get("top10.noCatalogue");
    }

    /** "Lupin (series)": a work and its kind, unique on a category axis. */
    static String work(ChartContext ctx, String name, Kind kind) {
        return ctx.get("top10.work", name, ctx.get("top10.kind." + kind.code()));
    }
}
