#!/usr/bin/env bash
# Whole-process benchmarks of estate-audit, run through the ./estate-audit launcher as users run it.
# Rewrites the figures in docs/benchmarks.md (between the "figures" markers).
#
#   bench/run.sh            # all scenarios (needs hyperfine and /usr/bin/time: apt-get install hyperfine time)
#   RUNS=5 BIG_RUNS=1 bench/run.sh   # fewer runs
#   SIZES="10k 100k" bench/run.sh    # skip the million-module estate
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${RUNS:-10}"
big_runs="${BIG_RUNS:-3}"
sizes="${SIZES:-10k 100k 1m}"
out="$here/target/bench"
sample="samples/acme-factory-11.yaml"
user_rules="bench/user-rules"
mkdir -p "$out/results"
rm -f "$out/results/"*.json "$out/results/"*.rss

for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is required (Debian: apt-get install -y hyperfine time python3)" >&2; exit 2; }
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# Build the jar, the start-up archive and the generator (test classes) first, outside the timings.
mvn -B -q -ntp -Dstyle.color=never -DskipTests package >&2
./estate-audit --version >/dev/null

declare -A environments=([10k]=100 [100k]=1000 [1m]=10000)
for size in $sizes; do
  file="$out/estate-$size.json"
  if [[ ! -f "$file" || "$here/src/test/java/dev/estateaudit/bench/EstateGenerator.java" -nt "$file" ]]; then
    echo "generating $file" >&2
    java -cp "target/test-classes:target/estate-audit.jar" dev.estateaudit.bench.EstateGenerator \
      --environments "${environments[$size]}" --modules 100 --output "$file"
  fi
done

# name, runs, prepare command (or ""), command...
bench() {
  local name="$1" n="$2" prepare="$3"
  shift 3
  local args=(-N -i --style basic -w 1 -r "$n" --export-json "$out/results/$name.json" -n "$name")
  [[ -n "$prepare" ]] && args+=(--prepare "$prepare")
  hyperfine "${args[@]}" "$*" >&2
  # peak resident memory of one more run, in KiB
  [[ -n "$prepare" ]] && bash -c "$prepare"
  /usr/bin/time -f "%M" -o "$out/results/$name.rss" "$@" >/dev/null 2>&1 || true
}

cache="$out/rule-cache"
bench cold-check "$runs" "" ./estate-audit check "$sample"
bench user-rules-first "$runs" "rm -rf $cache" ./estate-audit check "$sample" --rules "$user_rules" --cache-dir "$cache"
./estate-audit check "$sample" --rules "$user_rules" --cache-dir "$cache" >/dev/null || true
bench user-rules-second "$runs" "" ./estate-audit check "$sample" --rules "$user_rules" --cache-dir "$cache"
for size in $sizes; do
  n="$runs"; [[ "$size" == 1m ]] && n="$big_runs"
  bench "json-$size" "$n" "" ./estate-audit check "$out/estate-$size.json" --format json --output "$out/report-$size.json"
done

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/figures.py "$out/results" docs/benchmarks.md \
  --machine "$(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB" \
  --jdk "$(java -version 2>&1 | head -2 | tail -1)" \
  --load "load average before: $load_before, after: $load_after" \
  --date "$(date -u +%Y-%m-%d)"
echo "docs/benchmarks.md updated" >&2
