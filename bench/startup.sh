#!/usr/bin/env bash
# Figure 5 of bench/README.md: wall time of `java -version`, `bin/cloudsync validate` and a plan against a local emulator
# (median of N runs each), and the -Xmx256m plan. Prints JSON on stdout. Run by `make bench` after `make build`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs=${RUNS:-9}
work="$(mktemp -d)"
trap 'kill "${emulator_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

median_ms() { # command... -> median wall milliseconds over $runs runs
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

sed -E 's/^(\s*id:).*/\1 11111111-1111-1111-1111-111111111111/' profiles/full.yaml > "$work/full.yaml"
java -jar target/cloudsync.jar emulator --port 0 > "$work/emulator.out" 2>&1 &
emulator_pid=$!
for _ in $(seq 100); do grep -q '^http' "$work/emulator.out" && break; sleep 0.1; done
url=$(grep -m1 '^http' "$work/emulator.out")
curl -fsS -X PATCH -H 'Content-Type: application/json' -d '{"exchangeSchema":true}' "$url/_emulator/settings" >/dev/null
bin/cloudsync apply -p "$work/full.yaml" --graph-url "$url" --auth none --auto-approve >/dev/null

# the archive must be in use from any working directory (CDS turns itself off on a class-path mismatch, silently)
shared_classes=$(cd / && CLOUDSYNC_JAVA_OPTS=-Xlog:class+load "$here/bin/cloudsync" validate "$work/full.yaml" \
  | grep -c 'source: shared objects file' || true)

java_ms=$(median_ms java -version)
validate_ms=$(median_ms bin/cloudsync validate "$work/full.yaml")
plan_ms=$(median_ms bin/cloudsync plan -p "$work/full.yaml" --graph-url "$url" --auth none)
small_heap=0
CLOUDSYNC_JAVA_OPTS=-Xmx256m bin/cloudsync plan -p "$work/full.yaml" --graph-url "$url" --auth none >/dev/null 2>&1 \
  || small_heap=$?
cat <<JSON
{ "runs": $runs, "javaVersionMs": $java_ms, "validateMs": $validate_ms, "planMs": $plan_ms,
  "validateRatio": $(awk "BEGIN{printf \"%.2f\", $validate_ms/$java_ms}"),
  "planRatio": $(awk "BEGIN{printf \"%.2f\", $plan_ms/$java_ms}"),
  "planWithXmx256mExitCode": $small_heap, "classesFromArchive": $shared_classes, "javaOpts": "${CLOUDSYNC_JAVA_OPTS:-}" }
JSON
