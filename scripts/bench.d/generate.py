#!/usr/bin/env python3
"""A seeded catalogue in the Kaggle layout, for the benchmarks: each field drawn from the bundled catalogues'
own values (so titles' lengths, genres, countries, years, ratings, durations and empty fields follow the real
files' distributions), kind and duration kept together, titles mixed from two real titles so that they are
not 18,000 names repeated. usage: generate.py ROWS OUT.csv [SEED]"""
import csv, random, sys

rows, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2018)
real = []
for f in ("data/catalogues/netflix_titles.csv", "data/catalogues/amazon_prime_titles.csv"):
    with open(f, newline="", encoding="utf-8") as fh:
        real.extend(csv.DictReader(fh))
words = [r["title"].split() for r in real]
cols = ["show_id", "type", "title", "director", "cast", "country", "date_added", "release_year", "rating",
        "duration", "listed_in", "description"]


def title():
    a = rnd.choice(words)
    if rnd.random() < 0.6:  # a real title's start, another's end: lengths stay those of real titles
        b = rnd.choice(words)
        cut = rnd.randint(1, max(1, len(a)))
        return " ".join(a[:cut] + b[rnd.randint(0, len(b) - 1):]) or " ".join(a)
    return " ".join(a)


with open(out, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(cols)
    for i in range(1, rows + 1):
        kind_row = rnd.choice(real)  # type, duration and rating belong together
        w.writerow(["s%d" % i, kind_row["type"], title(), rnd.choice(real)["director"], rnd.choice(real)["cast"],
                    rnd.choice(real)["country"], rnd.choice(real)["date_added"], rnd.choice(real)["release_year"],
                    kind_row["rating"], kind_row["duration"], kind_row["listed_in"], rnd.choice(real)["description"]])
