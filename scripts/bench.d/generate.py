#!/usr/bin/env python3
"""A seeded catalogue in the Kaggle layout, for the benchmarks: each field drawn from the bundled catalogues'
own values (so titles' lengths, genres, countries, years, ratings, durations and empty fields follow the real
files' distributions), kind and duration kept together, titles made of real titles' words, as many as a real
title has, so that they are not 18,000 names repeated. usage: generate.py ROWS OUT.csv [SEED]"""
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


vocabulary = [w for t in words for w in t if any(ch.isalnum() for ch in w)]  # not '-' or '&' alone


def title():
    # as many words as a real title has, each a word of a real title: lengths, letters and prefixes are those of real
    # titles, while whole titles rarely repeat a real one (real catalogues share a few per cent of their titles, not
    # the third that a sample of real titles would share with the bundled ones)
    return " ".join(rnd.choice(vocabulary) for _ in range(max(1, len(rnd.choice(words)))))


with open(out, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(cols)
    for i in range(1, rows + 1):
        kind_row = rnd.choice(real)  # type, duration and rating belong together
        w.writerow(["s%d" % i, kind_row["type"], title(), rnd.choice(real)["director"], rnd.choice(real)["cast"],
                    rnd.choice(real)["country"], rnd.choice(real)["date_added"], rnd.choice(real)["release_year"],
                    kind_row["rating"], kind_row["duration"], kind_row["listed_in"], rnd.choice(real)["description"]])
