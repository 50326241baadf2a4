#!/usr/bin/env bash
# Benchmark: building the store from the bundled data, importing a catalogue, searching.
# Prints figures; asserts nothing (targets live here, not in unit tests).
# usage: scripts/bench-store.sh [RUNS]   (needs target/vodcompare.jar; sqlite3 for the baseline)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/vodcompare.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ms() { local s=$(date +%s%N); "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }

echo "runs: $runs, machine: $(nproc) cores"
for i in $(seq "$runs"); do
  rm -f "$tmp"/s.db*
  build=$(ms java -Dvodcompare.log=info -jar "$jar" --db "$tmp/s.db" stats)
  inproc=$(grep -o 'loaded in [0-9]* ms' "$tmp/err" || true)
  stats=$(ms java -jar "$jar" --db "$tmp/s.db" stats --json)
  search=$(ms java -jar "$jar" --db "$tmp/s.db" search amelie --limit 50)
  reimport=$(ms java -jar "$jar" --db "$tmp/s.db" import catalogue data/catalogues/netflix_titles.csv --platform netflix_copy)
  echo "run $i: first start (build store, whole process) ${build} ms [$inproc]; stats ${stats} ms; search ${search} ms; import of netflix_titles.csv as a new platform ${reimport} ms (whole processes, JVM start included)"
done
if command -v sqlite3 >/dev/null && [ -f ../shared/bench/sqlite3_import.sh ]; then
  base=$(ms bash ../shared/bench/sqlite3_import.sh data/catalogues/netflix_titles.csv "$tmp/b.db")
  echo "baseline: sqlite3 .import + FTS5 of netflix_titles.csv ${base} ms"
fi
