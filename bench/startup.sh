#!/usr/bin/env bash
# Figure 5 of bench/README.md: start-up on each JDK against that JDK's own `java -version`: the wall time of
# `java -version`, `bin/cloudsync validate` (the full profile) and `bin/cloudsync plan` against a local emulator, each
# the median of RUNS runs (9 unless set). The runs are interleaved, one of each command on each JDK in turn, so that
# load on a shared machine falls on all of them alike. The JDKs: the one on the PATH (JDK 17 here) and JDK25_HOME
# (/usr/lib/jvm/temurin-25-jdk-amd64 unless set; left out when missing), each with the start-up cache `make bench`
# trained for it (scripts/startup-cache.sh). Also the -Xmx256m plan (figure 4). Prints JSON on stdout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs=${RUNS:-9}
jdk25="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$(mktemp -d)"
trap 'kill "${emulator_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

sed -E 's/^(\s*id:).*/\1 11111111-1111-1111-1111-111111111111/' profiles/full.yaml > "$work/full.yaml"
java -jar target/cloudsync.jar emulator --port 0 > "$work/emulator.out" 2>&1 &
emulator_pid=$!
. scripts/emulator-url.sh
url="$(emulator_url "$work/emulator.out")"
curl -fsS -X PATCH -H 'Content-Type: application/json' -d '{"exchangeSchema":true}' "$url/_emulator/settings" >/dev/null
bin/cloudsync apply -p "$work/full.yaml" --graph-url "$url" --auth none --auto-approve >/dev/null

java17_home="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p')"
homes=("$java17_home")
[ ! -x "$jdk25/bin/java" ] || homes+=("$jdk25")

ms() { # ms FILE COMMAND...: appends the wall milliseconds of one run of COMMAND to FILE
  local start end
  start=$(date +%s%N)
  "${@:2}" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >>"$1"
}
on_jdk() { JAVA_HOME="$1" "${@:2}"; } # on_jdk HOME COMMAND...: COMMAND with JAVA_HOME set, without another process
for _ in $(seq "$runs"); do
  for i in "${!homes[@]}"; do
    h="${homes[$i]}"
    ms "$work/$i.java" "$h/bin/java" -version
    ms "$work/$i.validate" on_jdk "$h" bin/cloudsync validate "$work/full.yaml"
    ms "$work/$i.plan" on_jdk "$h" bin/cloudsync plan -p "$work/full.yaml" --graph-url "$url" --auth none
  done
done
median() { sort -n "$1" | sed -n "$(( (runs + 1) / 2 ))p"; }

small_heap=0
CLOUDSYNC_JAVA_OPTS=-Xmx256m bin/cloudsync plan -p "$work/full.yaml" --graph-url "$url" --auth none >/dev/null 2>&1 \
  || small_heap=$?
echo "{ \"runs\": $runs, \"planWithXmx256mExitCode\": $small_heap, \"javaOpts\": \"${CLOUDSYNC_JAVA_OPTS:-}\", \"jdks\": ["
for i in "${!homes[@]}"; do
  h="${homes[$i]}"
  version="$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$h/release")"
  java_ms=$(median "$work/$i.java") validate_ms=$(median "$work/$i.validate") plan_ms=$(median "$work/$i.plan")
  # cloudsync's own classes from the cache, from another working directory (a class-path mismatch turns it off)
  shared=$(cd / && JAVA_HOME="$h" CLOUDSYNC_JAVA_OPTS=-Xlog:class+load "$here/bin/cloudsync" validate "$work/full.yaml" \
    | grep -c 'io\.github\.cloudsync\..* source: shared objects file' || true)
  cache=none
  for c in aot jsa; do
    if [ -f "target/cloudsync.$c.id" ] && [ "$(sed -n 2p "target/cloudsync.$c.id")" = "$version" ]; then cache=$c; fi
  done
  [ "$i" -eq 0 ] || echo ","
  cat <<JSON
  { "javaHome": "$h", "javaRuntimeVersion": "$version", "cache": "$cache", "cloudsyncClassesFromCache": $shared,
    "javaVersionMs": $java_ms, "validateMs": $validate_ms, "planMs": $plan_ms,
    "validateRatio": $(awk "BEGIN{printf \"%.2f\", $validate_ms/$java_ms}"),
    "planRatio": $(awk "BEGIN{printf \"%.2f\", $plan_ms/$java_ms}"),
    "all": { "javaVersion": [$(paste -sd, "$work/$i.java")], "validate": [$(paste -sd, "$work/$i.validate")],
             "plan": [$(paste -sd, "$work/$i.plan")] } }
JSON
done
echo "] }"
