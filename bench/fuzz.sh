#!/usr/bin/env bash
# Fuzzes every input reader with Jazzer (coverage-guided, libFuzzer engine) and prints the figures
# docs/security.md quotes: executions, corpus size and crashes per target.
#
# Each target is fuzzed in ROUNDS sessions of the 5 s its @FuzzTest allows (Jazzer's JUnit
# integration takes the duration from the annotation only); the corpus is kept in .cifuzz-corpus/
# between sessions, so each round starts where the last stopped. A crash stops the round, and
# Jazzer writes the input that caused it under src/test/resources/.../<Class>Inputs/<method>/,
# where every later `mvn verify` replays it.
#
#   bench/fuzz.sh [ROUNDS]   (default 12, about one minute of fuzzing per target)
set -uo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-12}"
targets=(
  "dev.estateaudit.fuzz.InputReadersFuzzTest#estateYaml"
  "dev.estateaudit.fuzz.InputReadersFuzzTest#estateJson"
  "dev.estateaudit.fuzz.InputReadersFuzzTest#waiverFile"
  "dev.estateaudit.fuzz.InputReadersFuzzTest#baseline"
  "dev.estateaudit.fuzz.InputReadersFuzzTest#configFile"
  "dev.estateaudit.importer.LifeTimeAnswersFuzzTest#answers"
)
mkdir -p target/fuzz
mvn -B -q -ntp -Dstyle.color=never -DskipTests test-compile >&2
printf '%-16s %8s %12s %10s %8s\n' target rounds executions corpus crashes
for target in "${targets[@]}"; do
  name="${target#*#}"
  executions=0
  crashes=0
  corpus=0
  for ((round = 1; round <= rounds; round++)); do
    log="target/fuzz/$name-$round.log"
    JAZZER_FUZZ=1 mvn -B -q -ntp -o -Dstyle.color=never test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
    done_line="$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)"
    if [[ -n "$done_line" ]]; then
      executions=$((executions + $(sed -E 's/^#([0-9]+).*/\1/' <<<"$done_line")))
      corpus="$(sed -E 's/.*corp: ([0-9]+).*/\1/' <<<"$done_line")"
    fi
    if grep -qE '== Java Exception|crash-|FuzzTestFindingException|Tests run:.*(Failures: [1-9]|Errors: [1-9])' "$log"; then
      crashes=$((crashes + 1))
      echo "bench/fuzz.sh: $name: a finding in round $round, see $log" >&2
    fi
  done
  printf '%-16s %8d %12d %10s %8d\n' "$name" "$rounds" "$executions" "$corpus" "$crashes"
done
