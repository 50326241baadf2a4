#!/usr/bin/env bash
# Benchmark: headless chart export (one chart, all charts) beside the pinned pandas + matplotlib
# baseline (../shared/bench/baseline_charts.py), alternating, as whole processes, 1200x675 at 2x.
# Prints figures; asserts nothing. usage: scripts/bench-charts.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/vodcompare.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ms() { local s=$(date +%s%N); "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }
java -jar "$jar" --db "$tmp/s.db" stats >/dev/null 2>&1   # build the store once, outside the timings
base=../shared/bench/baseline_charts.py
have_base=0
if [ -f "$base" ] && /usr/bin/python3 -c 'import pandas, matplotlib' 2>/dev/null; then have_base=1; fi
echo "runs: $runs, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  one=$(ms env -u DISPLAY java -jar "$jar" --db "$tmp/s.db" export-chart kind-mix --out "$tmp/one.png" --scale 2)
  all=$(ms env -u DISPLAY java -jar "$jar" --db "$tmp/s.db" export-all --dir "$tmp/all" --scale 2)
  n=$(ls "$tmp/all" | wc -l)
  line="run $i: vodcompare one chart ${one} ms, all ${n} charts ${all} ms"
  if [ $have_base = 1 ]; then
    b1=$(ms /usr/bin/python3 "$base" one "$tmp/b1" netflix=data/catalogues/netflix_titles.csv prime=data/catalogues/amazon_prime_titles.csv)
    ball=$(ms /usr/bin/python3 "$base" all "$tmp/ball" netflix=data/catalogues/netflix_titles.csv prime=data/catalogues/amazon_prime_titles.csv)
    line="$line | pandas baseline one chart ${b1} ms, six charts ${ball} ms"
  fi
  echo "$line"
done
[ $have_base = 1 ] || echo "(baseline skipped: needs /usr/bin/python3 with pandas and matplotlib: apt-get install python3-pandas python3-matplotlib)"
