#!/usr/bin/env python3
"""Turns the raw figures scripts/bench collected into target/bench/results.json and a readable table.

usage: report.py RAW.txt RESULTS.json
RAW holds one fact a line, tab-separated:
  meta   KEY VALUE         the machine, the date, the mode
  sample KEY VALUE         one run's figure: nanoseconds for keys ending _s or _ms, kB for keys ending _mb,
                           a plain count otherwise
  json   {...}             an entry point's own JSON (SearchLatency, FilterLatency, DashboardBench), taken as it is
  skip   KEY WHY           not measured, and why (the key is written as null)
  phase  NAME WALL CPU     one phase of the run: its wall milliseconds and the CPU milliseconds of its own commands
Every timing becomes {"median","min","max","runs"}; a memory figure the highest run; each ratio a plain number.
"""
import json
import statistics
import sys

raw, out = sys.argv[1], sys.argv[2]
meta, samples, given, skipped, phases = {}, {}, {}, {}, {}
with open(raw, encoding="utf-8") as fh:
    for line in fh:
        kind, _, rest = line.rstrip("\n").partition("\t")
        if kind == "json":
            given.update(json.loads(rest))
            continue
        key, _, value = rest.partition("\t")
        if kind == "meta":
            meta[key] = value
        elif kind == "sample":
            samples.setdefault(key, []).append(float(value))
        elif kind == "skip":
            skipped.setdefault(key, value)
        elif kind == "phase":
            wall, _, cpu = value.partition("\t")
            phases[key] = {"wall_s": round(int(wall) / 1000, 1), "cpu_s": round(int(cpu) / 1000, 1)}


def figure(key, values):
    if key.endswith("_mb"):
        return round(max(values) / 1024, 1)
    if key.endswith("_s") or key.endswith("_ms"):
        scale = 1e9 if key.endswith("_s") else 1e6
        v = [x / scale for x in values]
        digits = 3 if key.endswith("_s") else 1
        return {"median": round(statistics.median(v), digits), "min": round(min(v), digits),
                "max": round(max(v), digits), "runs": len(v)}
    return int(statistics.median(values))


results = {"date": meta.get("date"), "mode": meta.get("mode"), "titles": int(meta.get("titles", 0)),
           "machine": {"cores": int(meta.get("cores", 0)), "load": meta.get("load"), "java": meta.get("java"),
                       "memory_gb": meta.get("memory_gb"),
                       "load_end": meta.get("load_end")},
           "measured_s": int(meta.get("measured_s", 0))}
for key, values in samples.items():
    if key not in skipped:
        results[key] = figure(key, values)
results.update(given)


def median(key):
    v = results.get(key)
    return v.get("median") if isinstance(v, dict) else v


def worst(key):
    v = results.get(key)
    return v.get("max") if isinstance(v, dict) else v


def ratio(name, num, den):
    # three places: a ratio is judged against its target as measured (1.503 is over 1.5, not "1.50" and met)
    if num is not None and den:
        results[name] = round(num / den, 3)
    else:
        results[name] = None


ratio("import_ratio", median("import_s"), median("sqlite3_import_s"))
ratio("export_ratio", median("export_chart_s"), median("matplotlib_chart_s"))
for suffix in ("", "_big"):
    n, app, base = results.get("export_all%s_charts" % suffix), median("export_all%s_s" % suffix), median(
        "matplotlib_all%s_s" % suffix)
    ratio("export_all%s_ratio" % suffix, app / n if app is not None and n else None, base / 6 if base else None)
ALL = ["import_s", "sqlite3_import_s", "import_ratio", "import_peak_rss_mb", "search_p50_ms", "search_p95_ms",
       "search_p99_ms", "page_deep_ms", "filter_first_page_ms", "filter_next_page_ms", "dashboard_ms", "export_chart_s",
       "matplotlib_chart_s", "export_ratio", "export_all_s", "export_all_charts", "matplotlib_all_s", "export_all_ratio", "export_all_big_s",
       "export_all_big_charts", "matplotlib_all_big_s", "export_all_big_ratio", "startup_first_frame_ms",
       "first_run_ms", "window_end_rows_ms", "window_peak_rss_mb", "import_later_s", "import_later_peak_rss_mb", "diff_s",
       "diff_peak_rss_mb"]
for key in ALL:
    results.setdefault(key, None)
results["not_measured"] = {k: why for k, why in skipped.items()}
results["phases"] = phases
with open(out, "w", encoding="utf-8") as fh:
    json.dump(results, fh, indent=2)
    fh.write("\n")

quick = results["mode"] == "quick"
big = "%dk" % (results["titles"] // 1000) if results["titles"] < 1_000_000 else "%dM" % (results["titles"] // 1_000_000)


def show(key):
    v = results.get(key)
    if v is None:
        return "not measured"
    unit = " s" if key.endswith("_s") else " ms" if key.endswith("_ms") else " MB" if key.endswith("_mb") else ""
    fmt = "%.2f" if key.endswith("_s") else "%.1f" if key.endswith("_ms") or key.endswith("_mb") else "%d"
    if isinstance(v, dict):
        runs = v.get("runs")
        spread = "" if runs == 1 else " (%s-%s%s)" % (fmt % v["min"], fmt % v["max"], ", %d runs" % runs if runs else "")
        return "%s%s%s" % (fmt % v["median"], unit, spread)
    return "%s%s" % (fmt % v, unit)


def met(value, limit):
    return "-" if value is None else "yes" if value <= limit else "NO"


import_limit = 2.0 if quick else 1.5
rows = [
    ("import of %s titles" % big, "import_s", "sqlite3_import_s", "import_ratio", "<= %.1fx" % import_limit,
     met(results["import_ratio"], import_limit)),
    ("import peak RSS", "import_peak_rss_mb", None, None, "< 500 MB", met(results["import_peak_rss_mb"], 499.9)),
    ("search p50 per keystroke", "search_p50_ms", None, None, "", ""),
    ("search p95 per keystroke", "search_p95_ms", None, None, "< 10 ms", met(results["search_p95_ms"], 9.999)),
    ("search p99 per keystroke", "search_p99_ms", None, None, "", ""),
    ("catalogue page deep in the list", "page_deep_ms", None, None, "< 10 ms", met(median("page_deep_ms"), 9.999)),
    ("catalogue first page, each filter", "filter_first_page_ms", None, None, "worst < 50 ms",
     met(worst("filter_first_page_ms"), 49.999)),
    ("catalogue next page, each filter", "filter_next_page_ms", None, None, "", ""),
    ("Compare dashboard, all figures", "dashboard_ms", None, None, "< 200 ms", met(median("dashboard_ms"), 199.999)),
    ("one chart to PNG, bundled store", "export_chart_s", "matplotlib_chart_s", "export_ratio", "<= 1.0x",
     met(results["export_ratio"], 1.0)),
    ("all charts, bundled store", "export_all_s", "matplotlib_all_s", "export_all_ratio", "per chart <= 0.5x",
     met(results["export_all_ratio"], 0.5)),
    ("all charts, %s store" % big, "export_all_big_s", "matplotlib_all_big_s", "export_all_big_ratio",
     "per chart <= 0.5x", met(results["export_all_big_ratio"], 0.5)),
    ("window up with data, %s store" % big, "startup_first_frame_ms", None, None, "< 1500 ms",
     met(median("startup_first_frame_ms"), 1499.999)),
    ("first run (store built), first frame", "first_run_ms", None, None, "", ""),
    ("catalogue End to the last rows shown", "window_end_rows_ms", None, None, "", ""),
    ("window peak RSS after scrolling", "window_peak_rss_mb", None, None, "< 400 MB",
     met(results["window_peak_rss_mb"], 399.9)),
    ("next catalogue, %s titles, 17 %% changed" % big, "import_later_s", None, None, "", ""),
    ("its peak RSS", "import_later_peak_rss_mb", None, None, "< 500 MB", met(results["import_later_peak_rss_mb"], 499.9)),
    ("what changed between the two", "diff_s", None, None, "", ""),
    ("its peak RSS", "diff_peak_rss_mb", None, None, "", ""),
]
table = [("measure", "value", "baseline", "ratio", "target", "met?")]
for label, key, base, rkey, target, ok in rows:
    value = show(key)
    charts = results.get(key[:-2] + "_charts") if key.startswith("export_all") else None
    if charts and value != "not measured":
        value += ", %d charts" % charts
    baseline = "-"
    if base:
        baseline = show(base) + (", 6 charts" if base.startswith("matplotlib_all") and results.get(base) else "")
    r = results.get(rkey) if rkey else None
    table.append((label, value, baseline, "-" if r is None else "%.3fx" % r, target or "-", ok or "-"))
widths = [max(len(row[i]) for row in table) for i in range(6)]
m = results["machine"]
print("\nVOD Compare benchmark, %s, %s titles (%s run)" % (results["date"], results["titles"], results["mode"]))
print("machine: %s cores, %s GB, load %s at the start, %s at the end; %s" % (
    m["cores"], m["memory_gb"], m["load"], m["load_end"], m["java"]))
for i, row in enumerate(table):
    print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
    if i == 0:
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
measuring = {k: v for k, v in phases.items() if k != "prepare"}
if measuring:
    print("phases (wall s / CPU s of their own commands): %s; sum %.1f s wall, %.1f s CPU" % (
        ", ".join("%s %.1f/%.1f" % (k, v["wall_s"], v["cpu_s"]) for k, v in measuring.items()),
        sum(v["wall_s"] for v in measuring.values()), sum(v["cpu_s"] for v in measuring.values())))
reasons = {}
for key, why in skipped.items():
    reasons.setdefault(why, []).append(key)
for why, keys in reasons.items():
    print("not measured: %s (%s)" % (", ".join(keys), why))
