#!/usr/bin/env bash
# Benchmark: headless chart export beside the pinned pandas + matplotlib baseline (../shared/bench/baseline_charts.py),
# alternating, as whole processes, 1200x675 at 2x, on the bundled store already built: one chart (catalogue-size) and
# every chart (export-all), compared per chart (the baseline's `all` draws six). Times the command the README gives
# (./vodcompare, with its class-data sharing archive made beforehand) and, for comparison, `java -jar`.
# Prints figures (median, min, max in ms); asserts nothing.
# usage: scripts/bench-charts.sh [RUNS]      (default 5; needs python3-pandas python3-matplotlib for the baseline)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/vodcompare.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ms() { local s; s=$(date +%s%N); "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %d, min %d, max %d", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[1], a[NR]}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# the store, and the launcher's archive (made after its first run, in the background), outside the timings
./vodcompare --db "$tmp/s.db" stats >/dev/null 2>&1
for _ in $(seq 120); do ls target/vodcompare-*.jsa >/dev/null 2>&1 && [ ! -d target/vodcompare.jsa.lock ] && break; sleep 1; done
base=../shared/bench/baseline_charts.py
files="netflix=data/catalogues/netflix_titles.csv prime=data/catalogues/amazon_prime_titles.csv"
have_base=0
if [ -f "$base" ] && /usr/bin/python3 -c 'import pandas, matplotlib' 2>/dev/null; then have_base=1; fi
echo "runs: $runs, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
one() { ms env -u DISPLAY "$@" --db "$tmp/s.db" export-chart catalogue-size --out "$tmp/one.png" --scale 2; }
all() { rm -rf "$tmp/all"; ms env -u DISPLAY "$@" --db "$tmp/s.db" export-all --dir "$tmp/all" --scale 2; }
for i in $(seq "$runs"); do
  one ./vodcompare >> "$tmp/one"
  one java -jar "$jar" >> "$tmp/one-jar"
  all ./vodcompare >> "$tmp/all-t"
  all java -jar "$jar" >> "$tmp/all-jar"
  if [ $have_base = 1 ]; then
    # shellcheck disable=SC2086
    ms /usr/bin/python3 "$base" one "$tmp/b1" $files >> "$tmp/base-one"
    # shellcheck disable=SC2086
    ms /usr/bin/python3 "$base" all "$tmp/ball" $files >> "$tmp/base-all"
  fi
  echo "run $i done" >&2
done
n=$(ls "$tmp/all" | wc -l)
echo "one chart, ./vodcompare:        $(stats < "$tmp/one")"
echo "one chart, java -jar:           $(stats < "$tmp/one-jar")"
echo "all $n charts, ./vodcompare:    $(stats < "$tmp/all-t")"
echo "all $n charts, java -jar:       $(stats < "$tmp/all-jar")"
if [ $have_base = 1 ]; then
  echo "pandas one chart:               $(stats < "$tmp/base-one")"
  echo "pandas all 6 charts:            $(stats < "$tmp/base-all")"
  awk -v a="$(median < "$tmp/one")" -v b="$(median < "$tmp/base-one")" -v c="$(median < "$tmp/all-t")" -v n="$n" \
      -v d="$(median < "$tmp/base-all")" 'BEGIN {printf "ratios (medians, ./vodcompare): one chart %.2f (target <= 1.0), per chart of all %.2f (target <= 0.5)\n", a / b, (c / n) / (d / 6)}'
else
  echo "(baseline skipped: needs /usr/bin/python3 with pandas and matplotlib: apt-get install python3-pandas python3-matplotlib)"
fi
