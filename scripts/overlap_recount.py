#!/usr/bin/env python3
"""Independent recount of the Netflix / Prime Video overlap of the two bundled current catalogues.

Reads the Kaggle files directly (no store, no Java), normalises titles the way issue #8 states the
rules (case, accents, punctuation, one leading English or French article, "&" = "and"), and applies
the rules in order, each only among what the stronger rules left: same title + kind + year; year +-1;
for series any year with a director or cast member in common; for series any year as the only
candidate, unless a remake (years more than one apart, both name people, none in common). A title
with two or more candidates, or a candidate wanted by two titles, is ambiguous (never shared).

Usage: scripts/overlap_recount.py [NETFLIX_CSV] [PRIME_CSV]   (default: /work/shared/data/catalogues)
"""
import csv
import re
import sys
import unicodedata
from collections import defaultdict

ARTICLES = {"the", "a", "an", "le", "la", "les", "l", "un", "une"}


def text(s):
    s = (s or "").replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("&", " and ")
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.category(ch).startswith("M"))
    return re.sub(r"[^\w]+|_", " ", s.lower()).strip()


def work(s):
    t = text(s)
    head, _, rest = t.partition(" ")
    if rest and head in ARTICLES:
        return rest
    if t.endswith(" the"):
        return t[:-4]
    return t


def people(row):
    out = set()
    for field in ("director", "cast"):
        for p in (row.get(field) or "").split(","):
            n = text(p)
            if n:
                out.add(n)
    return out


def load(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            kind = {"Movie": "film", "TV Show": "series"}.get(r["type"].strip(), "other")
            year = r["release_year"].strip()
            rows.append({"id": i, "key": work(r["title"]) + "|" + kind, "kind": kind,
                         "year": int(year) if year else None, "people": people(r), "title": r["title"]})
    return rows


def remake(e, k):
    return (e["year"] is not None and k["year"] is not None and abs(e["year"] - k["year"]) > 1
            and e["people"] and k["people"] and not (e["people"] & k["people"]))


RULES = [
    ("title_year", lambda e, k: e["year"] == k["year"]),
    ("title_year_1", lambda e, k: e["year"] is not None and k["year"] is not None and abs(e["year"] - k["year"]) == 1),
    ("title_series_people", lambda e, k: e["kind"] == "series" and bool(e["people"] & k["people"])),
    ("title_series", lambda e, k: e["kind"] == "series" and not remake(e, k)),
]


def match(a, b):
    by_key = defaultdict(list)
    for k in b:
        by_key[k["key"]].append(k)
    matched, ambiguous, claimed = {}, {}, set()
    for rule, accepts in RULES:
        wanted, wanted_by = {}, defaultdict(int)
        for e in a:
            if e["id"] in matched or e["id"] in ambiguous:
                continue
            cands = [k["id"] for k in by_key[e["key"]] if k["id"] not in claimed and accepts(e, k)]
            if cands:
                wanted[e["id"]] = cands
                for c in cands:
                    wanted_by[c] += 1
        for eid, cands in wanted.items():
            if len(cands) == 1 and wanted_by[cands[0]] == 1:
                matched[eid] = (cands[0], rule)
                claimed.add(cands[0])
            else:
                ambiguous[eid] = cands
    return matched, ambiguous


def main():
    base = "/work/shared/data/catalogues/"
    netflix = load(sys.argv[1] if len(sys.argv) > 1 else base + "netflix_titles.csv")
    prime = load(sys.argv[2] if len(sys.argv) > 2 else base + "amazon_prime_titles.csv")
    matched, ambiguous = match(netflix, prime)
    by_rule = defaultdict(int)
    for _, rule in matched.values():
        by_rule[rule] += 1
    amb_pairs = sum(len(c) for c in ambiguous.values())
    shared = len(matched)
    in_a = set(matched) | set(ambiguous)
    in_b = {k for k, _ in matched.values()} | {c for cs in ambiguous.values() for c in cs}
    print(f"netflix titles {len(netflix)}, prime_video titles {len(prime)}")
    print(f"shared {shared} ({dict(sorted(by_rule.items()))}), ambiguous pairs {amb_pairs}")
    print(f"only_a {len(netflix) - len(in_a)}, only_b {len(prime) - len(in_b)}, "
          f"jaccard {shared / (len(netflix) + len(prime) - shared):.4f}")
    for eid, cands in ambiguous.items():
        print("ambiguous:", netflix[eid]["title"], netflix[eid]["year"], "->",
              [(prime[c]["title"], prime[c]["year"]) for c in cands])


if __name__ == "__main__":
    main()
