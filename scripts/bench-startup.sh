#!/usr/bin/env bash
# Start-up of the packaged app (its own trimmed runtime, class-data sharing archive) against `java -jar`:
# `--version`, `stats --json` on a built store, and (under Xvfb) the window until its screens are up.
# Prints figures; asserts nothing. Uses hyperfine when installed (apt-get install hyperfine), else a loop.
# usage: scripts/bench-startup.sh [RUNS]      (after scripts/package; Linux)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
jar=target/vodcompare.jar
app=target/dist/vodcompare/bin/vodcompare
[ -x "$app" ] || { echo "no $app: run scripts/package first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share"
mkdir -p "$HOME"
java -jar "$jar" --db "$tmp/s.db" stats >/dev/null 2>&1   # the store is built once, outside the timings

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); runs: $runs"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 2 --runs "$runs" --style basic \
    -n "java -jar --version" "java -jar $jar --version" -n "packaged --version" "$app --version" \
    -n "java -jar stats --json" "java -jar $jar --db $tmp/s.db stats --json" \
    -n "packaged stats --json" "$app --db $tmp/s.db stats --json" 2>&1 | grep -Ev '^ *$'
else
  for cmd in "java -jar $jar" "$app"; do
    for args in "--version" "--db $tmp/s.db stats --json"; do
      s=$(date +%s%N)
      # shellcheck disable=SC2086
      for _ in $(seq "$runs"); do $cmd $args >/dev/null 2>&1; done
      echo "$cmd $args: $(( ($(date +%s%N) - s) / 1000000 / runs )) ms a run"
    done
  done
fi

command -v xvfb-run >/dev/null || { echo "no xvfb-run: window start-up not measured"; exit 0; }
# The window: from the process's start to the log's "Store ready, screens up" (store already built).
window_ms() {
  local log="$XDG_DATA_HOME/vodcompare/vodcompare.log" s t pid
  rm -f "$log"
  s=$(date +%s%N)
  xvfb-run -a -s '-screen 0 1280x800x24' /bin/sh -c 'echo $$ > "$0"; exec "$@"' "$tmp/pid" "$@" >/dev/null 2>&1 &
  until grep -q 'Store ready' "$log" 2>/dev/null; do
    sleep 0.02
    [ $(( ($(date +%s%N) - s) / 1000000000 )) -lt 120 ] || { echo "timeout" >&2; return 1; }
  done
  t=$(( ($(date +%s%N) - s) / 1000000 ))
  pid=$(cat "$tmp/pid"); kill "$pid"; wait 2>/dev/null || true
  echo "$t"
}
# alternating, so a change in the machine's load touches both alike
jar_times=(); app_times=()
for _ in $(seq "$(( runs < 5 ? runs : 5 ))"); do
  jar_times+=("$(window_ms java -jar "$jar" --db "$tmp/s.db")")
  app_times+=("$(window_ms "$app" --db "$tmp/s.db")")
done
echo "window, java -jar: start to screens up (ms, sorted; Xvfb's own start included): $(printf '%s\n' "${jar_times[@]}" | sort -n | paste -sd' ' -)"
echo "window, packaged:  start to screens up (ms, sorted; Xvfb's own start included): $(printf '%s\n' "${app_times[@]}" | sort -n | paste -sd' ' -)"
