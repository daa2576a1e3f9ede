#!/usr/bin/env bash
# Whole-process benchmarks of estate-audit, run through the ./estate-audit launcher as users run it,
# on each JDK given, beside a jq peer (bench/peer-checks.jq: four of the checks, on the same JSON
# files) and the JVM's own floor. Rewrites the figures in docs/benchmarks.md (between the markers).
#
#   bench/run.sh                       # everything (installs hyperfine, jq, time, python3 when run as root on Debian)
#   RUNS=5 BIG_RUNS=1 bench/run.sh     # fewer runs
#   SIZES="10k 100k" bench/run.sh      # skip the million-module estate
#   JDKS="/opt/jdk-17 /opt/jdk-25" bench/run.sh   # the JAVA_HOMEs to measure (default: the java on
#                                      # the PATH and the newest JDK 24+ under /usr/lib/jvm)
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
rm -f "$out/results/"*

missing=()
for tool in hyperfine jq /usr/bin/time python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if (( ${#missing[@]} )); then
  packages="$(printf '%s\n' "${missing[@]}" | sed 's|/usr/bin/time|time|' | tr '\n' ' ')"
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "bench/run.sh: installing $packages" >&2
    apt-get install -y -qq $packages >/dev/null
  else
    echo "bench/run.sh: needs $packages (Debian: apt-get install -y $packages)" >&2
    exit 2
  fi
fi

# The JDKs: JDKS, else the java on the PATH and, beside it, the newest JDK 24+ installed.
if [[ -z "${JDKS:-}" ]]; then
  JDKS="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  newest="$(ls -d /usr/lib/jvm/*/ 2>/dev/null | while read -r d; do
      v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null)"; [[ -n "$v" ]] && echo "$v ${d%/}"; done |
    sort -n | tail -1)"
  if [[ -n "$newest" && "${newest%% *}" -ge 24 && "${newest#* }" != "$JDKS" ]]; then JDKS="$JDKS ${newest#* }"; fi
fi
feature_of() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || echo "?"; }
# how a JDK's results are named (jdk17, jdk25): the rows' files and the interleaved rounds' alike
label_of() { echo "jdk$(feature_of "$1")"; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
load_before="$(load)"

# Build the jar and the generator (test classes) first, outside the timings.
mvn -B -q -ntp -Dstyle.color=never -DskipTests package >&2

declare -A environments=([10k]=100 [100k]=1000 [1m]=10000)
generator="$here/src/test/java/dev/estateaudit/bench/EstateGenerator.java"
for size in $sizes; do
  file="$out/estate-$size.json"
  if [[ ! -f "$file" || "$generator" -nt "$file" ]]; then
    echo "generating $file" >&2
    java -cp "target/test-classes:target/estate-audit.jar" dev.estateaudit.bench.EstateGenerator \
      --environments "${environments[$size]}" --modules 100 --output "$file"
  fi
done

# name, runs, prepare command (or ""), command...: hyperfine's wall and CPU times, the load average
# when it started, and the peak resident memory (KiB) of one more run
bench() {
  local name="$1" n="$2" prepare="$3"
  shift 3
  local args=(-N -i --style basic -w 1 -r "$n" --export-json "$out/results/$name.json" -n "$name")
  [[ -n "$prepare" ]] && args+=(--prepare "$prepare")
  load >"$out/results/$name.load"
  hyperfine "${args[@]}" "$(printf '%q ' "$@")" >&2
  [[ -n "$prepare" ]] && bash -c "$prepare"
  /usr/bin/time -f "%M" -o "$out/results/$name.rss" "$@" >/dev/null 2>&1 || true
}

for size in $sizes; do
  n="$runs"; [[ "$size" == 1m ]] && n="$big_runs"
  bench "jq-$size" "$n" "" jq -f bench/peer-checks.jq "$out/estate-$size.json"
done

jdk_labels=()
for jdk in $JDKS; do
  label="$(label_of "$jdk")"
  jdk_labels+=("$label")
  export JAVA_HOME="$jdk"
  "$jdk/bin/java" -version 2>&1 | sed -n 2p >"$out/results/$label.version"
  ./estate-audit --version >/dev/null # makes the start-up archive for this JVM, outside the timings
  # the floor: this JVM starting and stopping with the launcher's flags for a small run
  bench "$label-floor" "$runs" "" "$jdk/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -version
  bench "$label-cold-check" "$runs" "" ./estate-audit check "$sample"
  cache="$out/rule-cache-$label"
  bench "$label-user-rules-first" "$runs" "rm -rf $cache" ./estate-audit check "$sample" --rules "$user_rules" --cache-dir "$cache"
  ./estate-audit check "$sample" --rules "$user_rules" --cache-dir "$cache" >/dev/null || true
  bench "$label-user-rules-second" "$runs" "" ./estate-audit check "$sample" --rules "$user_rules" --cache-dir "$cache"
  for size in $sizes; do
    n="$runs"; [[ "$size" == 1m ]] && n="$big_runs"
    report="$out/report-$label-$size.json"
    bench "$label-json-$size" "$n" "" ./estate-audit check "$out/estate-$size.json" --format json --output "$report"
    # the peer must count what estate-audit reports, or the comparison means nothing
    ours="$(jq -c '[.findings[] | .ruleId] as $r | {debugInProduction: ($r | map(select(. == "debug-mode-in-production")) | length),
        newerThanLifeTime: ($r | map(select(. == "lifetime-outdated")) | length),
        productionOnDevelopmentLicence: ($r | map(select(. == "development-license-in-production-mode")) | length),
        zeroDowntimeZonesShortOfFrontEnds: ($r | map(select(. == "zero-downtime-needs-front-ends")) | length)}' "$report")"
    theirs="$(jq -c -f bench/peer-checks.jq "$out/estate-$size.json")"
    if [[ "$ours" != "$theirs" ]]; then
      echo "bench/run.sh: warning: on $size, estate-audit reports $ours where the jq peer counts $theirs" >&2
    fi
  done
done
unset JAVA_HOME

# The machine's speed drifts by a fifth within minutes, so the rows above, taken one after
# another, can put estate-audit either side of jq. The same comparison interleaved (jq, then each
# JDK, round after round) puts both in the same minutes: one /usr/bin/time line per run.
for size in $sizes; do
  [[ "$size" == 10k ]] && continue
  n="$runs"; [[ "$size" == 1m ]] && n="$big_runs"
  rm -f "$out/results/interleaved-$size-"*
  for ((round = 0; round < n; round++)); do
    /usr/bin/time -f "%e %U %S" -a -o "$out/results/interleaved-$size-jq.times" \
      jq -f bench/peer-checks.jq "$out/estate-$size.json" >/dev/null
    for jdk in $JDKS; do
      label="$(label_of "$jdk")"
      JAVA_HOME="$jdk" /usr/bin/time -f "%e %U %S" -a -o "$out/results/interleaved-$size-$label.times" \
        ./estate-audit check "$out/estate-$size.json" --format json --output "$out/report-$label-$size.json" \
        >/dev/null 2>&1 || true
    done
  done
done

python3 bench/figures.py "$out/results" docs/benchmarks.md \
  --machine "$(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB" \
  --jdks "${jdk_labels[*]}" --sizes "$sizes" \
  --load "load average (1, 5, 15 min) before: $load_before, after: $(load)" \
  --date "$(date -u '+%Y-%m-%d %H:%M UTC')"
echo "docs/benchmarks.md updated" >&2
