#!/usr/bin/env bash
# Whole-process benchmarks of estate-audit, run through the ./estate-audit launcher as users run
# it, for the figures docs/benchmarks.md keeps (issue 25):
#   - the cold check of samples/acme-factory-11.yaml on each JDK, and, with BEFORE=<revision>, the
#     same check of that revision's build beside it, in the same minutes;
#   - a real-sized estate, 40k modules over 40 environments, JSON report, beside the jq peer's four
#     headline checks on the same file;
#   - 1M modules over 10,000 environments with the launcher's defaults: its peak memory, and its
#     time against 100k modules over 1,000 environments (tenfold the modules).
# Prints the table (bench/figures.py) and rewrites it in docs/benchmarks.md between the markers.
#
#   bench/run.sh                         # needs hyperfine, jq, /usr/bin/time, python3 (installs them as root on Debian)
#   BEFORE=6560999 bench/run.sh          # also the cold check of an earlier revision (a worktree in target/bench)
#   RUNS=5 BIG_RUNS=1 bench/run.sh       # fewer runs (default 10, and 3 for 100k and 1M)
#   JDKS="/opt/jdk-17 /opt/jdk-25" bench/run.sh   # the JAVA_HOMEs (default: the java on the PATH and
#                                        # the newest JDK 24+ under /usr/lib/jvm)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${RUNS:-10}"
big_runs="${BIG_RUNS:-3}"
out="$here/target/bench"
sample="samples/acme-factory-11.yaml"
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

if [[ -z "${JDKS:-}" ]]; then
  JDKS="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  newest="$(ls -d /usr/lib/jvm/*/ 2>/dev/null | while read -r d; do
      v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null)"; [[ -n "$v" ]] && echo "$v ${d%/}"; done |
    sort -n | tail -1)"
  if [[ -n "$newest" && "${newest%% *}" -ge 24 && "${newest#* }" != "$JDKS" ]]; then JDKS="$JDKS ${newest#* }"; fi
fi
label_of() { echo "jdk$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || echo "?")"; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
load_before="$(load)"
uptime_before="$(uptime)"

# The jar and the generator (test classes) first, outside the timings; the earlier revision too.
mvn -B -q -ntp -Dstyle.color=never -DskipTests package >&2
if [[ -n "${BEFORE:-}" ]]; then
  before="$out/before"
  git worktree remove --force "$before" 2>/dev/null || rm -rf "$before"
  git worktree add --detach "$before" "$BEFORE" >&2
  trap 'git -C "$here" worktree remove --force "$before" 2>/dev/null || true' EXIT
  (cd "$before" && mvn -B -q -ntp -Dstyle.color=never -DskipTests package >&2)
  before_label="$(git rev-parse --short "$BEFORE")"
fi

declare -A shape=([40k]="40 1000" [100k]="1000 100" [1m]="10000 100")
for size in 40k 100k 1m; do
  file="$out/estate-$size.json"
  read -r environments modules <<<"${shape[$size]}"
  if [[ ! -f "$file" || src/test/java/dev/estateaudit/bench/EstateGenerator.java -nt "$file" ]]; then
    echo "generating $file" >&2
    java -cp "target/test-classes:target/estate-audit.jar" dev.estateaudit.bench.EstateGenerator \
      --environments "$environments" --modules "$modules" --output "$file"
  fi
done

# name, runs, command...: hyperfine's wall and CPU times, the load average when it started, and
# the peak resident memory (KiB) of one more run
bench() {
  local name="$1" n="$2"
  shift 2
  load >"$out/results/$name.load"
  hyperfine -N -i --style basic -w 1 -r "$n" --export-json "$out/results/$name.json" -n "$name" "$(printf '%q ' "$@")" >&2
  /usr/bin/time -f "%M" -o "$out/results/$name.rss" "$@" >/dev/null 2>&1 || true
}

bench "jq-40k" "$runs" jq -f bench/peer-checks.jq "$out/estate-40k.json"
jdk_labels=()
for jdk in $JDKS; do
  label="$(label_of "$jdk")"
  jdk_labels+=("$label")
  export JAVA_HOME="$jdk"
  "$jdk/bin/java" -version 2>&1 | sed -n 2p >"$out/results/$label.version"
  ./estate-audit --version >/dev/null # makes the start-up archive for this JVM, outside the timings
  if [[ -n "${BEFORE:-}" ]]; then
    "$before/estate-audit" --version >/dev/null
    # the two builds' cold checks, one after the other in each round, so that they share the minutes
    hyperfine -N -i --style basic -w 1 -r "$runs" --export-json "$out/results/$label-cold-pair.json" \
      -n "$label-cold-check" "$(printf '%q ' ./estate-audit check "$sample")" \
      -n "$label-cold-check-before" "$(printf '%q ' "$before/estate-audit" check "$before/$sample")" >&2
    load >"$out/results/$label-cold-pair.load"
  else
    bench "$label-cold-check" "$runs" ./estate-audit check "$sample"
  fi
  for size in 40k 100k 1m; do
    n="$runs"; [[ "$size" != 40k ]] && n="$big_runs"
    report="$out/report-$label-$size.json"
    bench "$label-json-$size" "$n" ./estate-audit check "$out/estate-$size.json" --format json --output "$report"
  done
  # the peer must count what estate-audit reports, or the comparison means nothing
  ours="$(jq -c '[.findings[] | .ruleId] as $r | {debugInProduction: ($r | map(select(. == "debug-mode-in-production")) | length),
      newerThanLifeTime: ($r | map(select(. == "lifetime-outdated")) | length),
      productionOnDevelopmentLicence: ($r | map(select(. == "development-license-in-production-mode")) | length),
      zeroDowntimeZonesShortOfFrontEnds: ($r | map(select(. == "zero-downtime-needs-front-ends")) | length)}' "$out/report-$label-40k.json")"
  theirs="$(jq -c -f bench/peer-checks.jq "$out/estate-40k.json")"
  if [[ "$ours" != "$theirs" ]]; then
    echo "bench/run.sh: warning: estate-audit reports $ours where the jq peer counts $theirs" >&2
  fi
done
unset JAVA_HOME

python3 bench/figures.py "$out/results" docs/benchmarks.md \
  --machine "$(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB" \
  --jdks "${jdk_labels[*]}" --before "${before_label:-}" \
  --load "load average (1, 5, 15 min) before: $load_before, after: $(load); before the run: $uptime_before" \
  --date "$(date -u '+%Y-%m-%d %H:%M UTC')"
echo "docs/benchmarks.md updated" >&2
