#!/usr/bin/env python3
"""The platform's next catalogue, made from a generated one (generate.py) as a month's changes look: every 20th title
gone, every 20th (from the 7th) with a longer description, every 50th (from the 3rd) with another rating, and the titles
gone back as new titles (a new id, "Returns" after the title). Deterministic: the same file gives the same next one.
usage: next.py IN.csv OUT.csv"""
import csv
import sys


def main(src, out):
    gone = []
    n = kept = described = rated = 0
    with open(src, newline="", encoding="utf-8") as fin, open(out, "w", newline="", encoding="utf-8") as fout:
        r, w = csv.reader(fin), csv.writer(fout)
        header = next(r)
        w.writerow(header)
        rating, description = header.index("rating"), header.index("description")
        title, show_id = header.index("title"), header.index("show_id")
        for row in r:
            n += 1
            if n % 20 == 0:
                gone.append(row)
                continue
            if n % 20 == 7:
                row[description] += " (new description)"
                described += 1
            if n % 50 == 3:
                row[rating] = "R" if row[rating] == "TV-MA" else "TV-MA"
                rated += 1
            w.writerow(row)
            kept += 1
        for i, row in enumerate(gone):
            row[show_id], row[title] = "n%d" % i, row[title] + " Returns"
            w.writerow(row)
    print("%s: %d titles kept (%d with a longer description, %d with another rating), %d gone, %d new"
          % (out, kept, described, rated, len(gone), len(gone)))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
