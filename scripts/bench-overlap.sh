#!/usr/bin/env bash
# Benchmark: works matched across platforms (issue #8). Prints figures; asserts nothing.
# Times, on the store built from the bundled data: overlap (whole process and the query alone through sqlite3),
# quota, a full rematch, and the import of a catalogue (which rematches the imported platform), with the
# rematch's own time from the log; EXPLAIN QUERY PLAN of the overlap query shows it is driven by work_match.
# usage: scripts/bench-overlap.sh [RUNS]   (needs target/vodcompare.jar; sqlite3 for the query alone)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/vodcompare.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ms() { local s=$(date +%s%N); "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }
inproc() { grep -o 'rematched[a-z0-9_ ]* in [0-9]* ms ([^)]*)' "$tmp/err" | tail -1 || true; }

echo "runs: $runs, machine: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar "$jar" --db "$tmp/s.db" stats >/dev/null 2>&1
noop=$(ms java -jar "$jar" --db "$tmp/s.db" --help)
echo "JVM start and --help (the floor of every whole-process time): ${noop} ms"
current="SELECT s.id FROM snapshot s WHERE s.id = (SELECT x.id FROM snapshot x WHERE x.platform_id = s.platform_id ORDER BY x.as_of DESC, x.id DESC LIMIT 1)"
query="WITH cs AS MATERIALIZED (SELECT platform_id, territory, as_of FROM snapshot WHERE id IN ($current)) SELECT COUNT(*) FROM work_match m JOIN title a ON a.id = m.title_a JOIN title b ON b.id = m.title_b WHERE EXISTS (SELECT 1 FROM title_presence p JOIN cs ON cs.platform_id = p.platform_id AND cs.territory = p.territory AND cs.as_of = p.last_seen WHERE p.title_id = m.title_a) AND EXISTS (SELECT 1 FROM title_presence p JOIN cs ON cs.platform_id = p.platform_id AND cs.territory = p.territory AND cs.as_of = p.last_seen WHERE p.title_id = m.title_b)"
for i in $(seq "$runs"); do
  overlap=$(ms java -jar "$jar" --db "$tmp/s.db" overlap --json)
  quota=$(ms java -jar "$jar" --db "$tmp/s.db" quota --json)
  rematch=$(ms java -Dvodcompare.log=info -jar "$jar" --db "$tmp/s.db" rematch); rin=$(inproc)
  imp=$(ms java -Dvodcompare.log=info -jar "$jar" --db "$tmp/s.db" import catalogue data/catalogues/amazon_prime_titles.csv \
        --platform prime_copy_$i); iin=$(inproc)
  sql=""
  if command -v sqlite3 >/dev/null; then sql="; the overlap query alone (sqlite3) $(ms sqlite3 "$tmp/s.db" "$query") ms"; fi
  echo "run $i: overlap ${overlap} ms; quota ${quota} ms; rematch ${rematch} ms [${rin}]; import of amazon_prime_titles.csv as a new platform ${imp} ms [${iin}]${sql} (whole processes)"
done
if command -v sqlite3 >/dev/null; then
  echo "EXPLAIN QUERY PLAN of the overlap query:"
  sqlite3 "$tmp/s.db" "EXPLAIN QUERY PLAN $query"
fi
