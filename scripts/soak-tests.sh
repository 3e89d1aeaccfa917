#!/usr/bin/env bash
# Runs the whole test suite (the README's `./mvnw verify`, with test failures reported instead of ending the build) N times on clean clones while other processes keep
# CPUs busy, and prints how many runs passed and which tests failed. It is how flakiness under load is found:
# CI runs on two cores that are not always idle.
#
#   scripts/soak-tests.sh [--runs N] [--busy-cores C] [--busy-share PCT] [--commit REF] [--keep]
#
#   --runs N          suite runs, one after another (default 5)
#   --busy-cores C    busy loops started beside each run (default 1: one core of two kept busy)
#   --busy-share PCT  each busy loop spins PCT % of every second and sleeps the rest (default 100)
#   --commit REF      what to clone (default HEAD; uncommitted changes are not part of a clean clone)
#   --keep            keep each run's clone and log (default: keep them only for failed runs)
#
# Output: one line per run (result, duration, failing tests), then "passed K of N". Logs of failed runs stay in
# the work folder it prints. Exit status 0 only when every run passed.
set -euo pipefail

runs=5 busy_cores=1 busy_share=100 commit=HEAD keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --busy-cores) busy_cores="$2"; shift 2 ;;
    --busy-share) busy_share="$2"; shift 2 ;;
    --commit) commit="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
sha="$(git -C "$repo" rev-parse --verify "$commit^{commit}")"
work="$(mktemp -d "${TMPDIR:-/tmp}/soak-tests.XXXXXX")"
echo "soak: $runs runs of ./mvnw -B verify on clean clones of ${sha:0:12}, $busy_cores busy loop(s) at $busy_share %, in $work"

busy_pids=()
stop_load() {
  for pid in "${busy_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${busy_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  busy_pids=()
}
trap stop_load EXIT INT TERM

# A busy loop in a child bash: spins for share % of every second (EPOCHREALTIME, no forks), sleeps the rest.
# Pure shell, so it needs nothing installed and is ordinary CPU load to the scheduler.
start_load() {
  local i
  for ((i = 0; i < busy_cores; i++)); do
    bash -c '
      share=$1
      if [ "$share" -ge 100 ]; then while :; do :; done; fi
      while :; do
        now=${EPOCHREALTIME/./}; end=$(( now + share * 10000 ))
        while [ "${EPOCHREALTIME/./}" -lt "$end" ]; do :; done
        sleep "0.$(printf %02d $((100 - share)))"
      done' busy "$busy_share" &
    busy_pids+=($!)
  done
}

# Names of the test classes and methods whose Surefire/Failsafe reports hold a failure or an error.
failing_tests() {
  local dir="$1"
  find "$dir" -path '*-reports/TEST-*.xml' -print0 2>/dev/null | xargs -0 -r grep -l -E '<(failure|error)' \
    | while read -r report; do
        python3 - "$report" <<'PY' 2>/dev/null || basename "$report" .xml
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for case in root.iter("testcase"):
    bad = case.find("failure") if case.find("failure") is not None else case.find("error")
    if bad is not None:
        message = (bad.get("message") or bad.get("type") or "").splitlines()
        print(f'{case.get("classname")}.{case.get("name")}: {message[0][:160] if message else ""}')
PY
      done
}

passed=0
declare -a summary
for ((run = 1; run <= runs; run++)); do
  clone="$work/run-$run"
  git clone -q --no-hardlinks "$repo" "$clone"
  git -C "$clone" checkout -q "$sha"
  start_load
  started=$(date +%s)
  # failures do not stop the build here, so one flaky module does not hide the tests of the modules after it; a run
  # passes when the build succeeds and no test report holds a failure
  if (cd "$clone" && ./mvnw -B verify -Dmaven.test.failure.ignore=true >"$clone.log" 2>&1) \
      && [ -z "$(failing_tests "$clone")" ]; then result=PASS; else result=FAIL; fi
  seconds=$(( $(date +%s) - started ))
  stop_load
  if [ "$result" = PASS ]; then
    passed=$((passed + 1))
    line="run $run: PASS in ${seconds}s"
    $keep || rm -rf "$clone" "$clone.log"
  else
    failures="$(failing_tests "$clone")"
    [ -n "$failures" ] || failures="(no test report names a failure: see $clone.log)"
    line="run $run: FAIL in ${seconds}s"$'\n'"$(sed 's/^/    /' <<<"$failures")"
  fi
  summary+=("$line")
  echo "$line"
done

echo "soak: passed $passed of $runs ($busy_cores busy loop(s) at $busy_share %, commit ${sha:0:12})"
[ "$passed" -eq "$runs" ] && { $keep || rmdir "$work" 2>/dev/null || true; }
[ "$passed" -eq "$runs" ]
