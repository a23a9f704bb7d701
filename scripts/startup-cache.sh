#!/usr/bin/env bash
# Trains the start-up cache bin/cloudsync uses, for the JDK this runs with ($JAVA_HOME/bin/java, else java on the
# PATH), next to the jar (target/ in a build tree, lib/ in an unpacked release; bench/README.md, figure 5):
# - JDK 25 or newer: an AOT cache, cloudsync.aot (JEP 483 class loading and linking, JEP 514's one-step
#   -XX:AOTCacheOutput, JEP 515's method profiles), written at the end of a training run;
# - JDK 17 to 24: a static class-data-sharing archive, cloudsync.jsa, from the class list of a training run.
# The training run is an apply of the full profile against a throwaway emulator from the same jar, run through
# bin/cloudsync with its own JVM options, so validate (the profile loader), plan (Graph reads, the differ, the
# renderers) and apply (the writers) all start from the cache. Beside the cache, cloudsync.aot.id or cloudsync.jsa.id
# records what it belongs to, one item a line: the JDK's home, its JAVA_RUNTIME_VERSION, the jar's SHA-256 and the
# jar's physical path (CDS and the AOT cache refuse a class path other than the one they were trained with).
# `startup-cache.sh --check` only checks that every cache beside the jar was trained for this jar (its hash) and for a
# JDK still installed at that version (exit 1 if one was not). No cache is not an error: bin/cloudsync then starts without one.
set -uo pipefail
here="$(cd -P "$(dirname "$0")/.." && pwd -P)"
if [ -f "$here/lib/cloudsync.jar" ]; then lib="$here/lib"; else lib="$here/target"; fi
jar="$lib/cloudsync.jar"
java="java"
[ -z "${JAVA_HOME:-}" ] || java="$JAVA_HOME/bin/java"
home="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p')"
home="$(cd -P "$home" && pwd -P)"
version="$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$home/release" 2>/dev/null)"
feature="${version%%[.+-]*}"

if [ "${1:-}" = "--check" ]; then
  sum="$(sha256sum "$jar" | cut -d' ' -f1)"
  status=0
  for cache in "$lib/cloudsync.aot" "$lib/cloudsync.jsa"; do
    [ -f "$cache.id" ] || continue
    if [ "$(sed -n 3p "$cache.id")" != "$sum" ]; then
      echo "startup-cache: $cache was trained for another jar" >&2
      status=1
    fi
    if ! grep -qxF "JAVA_RUNTIME_VERSION=\"$(sed -n 2p "$cache.id")\"" "$(sed -n 1p "$cache.id")/release" 2>/dev/null; then
      echo "startup-cache: the JDK $cache was trained for is gone or has changed" >&2
      status=1
    fi
  done
  exit "$status"
fi

case "$feature" in
  '' | *[!0-9]*) echo "startup-cache: cannot tell the version of $java; bin/cloudsync will start without a cache" >&2; exit 0 ;;
esac
if [ "$feature" -ge 25 ]; then kind=aot; else kind=jsa; fi
cache="$lib/cloudsync.$kind"
rm -f "$cache" "$cache.id" "$lib/cloudsync.$kind.classlist"
profile="$here/profiles/full.yaml"
tenant="$here/scripts/demo-tenant.json"
[ -f "$profile" ] || { profile="$lib/training/full.yaml"; tenant="$lib/training/demo-tenant.json"; }

log="$(mktemp)"
"$java" -jar "$jar" emulator --port 0 --state "$tenant" >"$log" 2>&1 &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null; wait "$emulator_pid" 2>/dev/null; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 300); do
  url="$(head -n 1 "$log" 2>/dev/null || true)"
  case "$url" in http://127.0.0.1:*) break ;; esac
  sleep 0.1
done
case "$url" in
  http://127.0.0.1:*) ;;
  *) echo "startup-cache: the training emulator did not start; bin/cloudsync will start without a cache" >&2; exit 0 ;;
esac
train() { # train JAVA-OPTIONS: the training apply through the launcher, with the options added
  CLOUDSYNC_JAVA_OPTS="$1" JAVA_HOME="$home" "$here/bin/cloudsync" \
    apply -p "$profile" --graph-url "$url" --auth none --auto-approve >/dev/null 2>&1
}
if [ "$kind" = aot ]; then
  # one step: the JVM records the run, then writes the cache in a child JVM as it exits
  train "-XX:AOTCacheOutput=$cache" || { echo "startup-cache: the training apply failed" >&2; rm -f "$cache"; exit 0; }
else
  classes="$lib/cloudsync.jsa.classlist"
  train "-XX:DumpLoadedClassList=$classes" || { echo "startup-cache: the training apply failed" >&2; exit 0; }
  # CDS checks the class path against the one the archive was made with: the jar's absolute, physical path, as
  # bin/cloudsync passes it from any working directory
  "$java" -Xshare:dump -XX:SharedClassListFile="$classes" -XX:SharedArchiveFile="$cache" -cp "$jar" >/dev/null 2>&1
  rm -f "$classes"
fi
if [ ! -s "$cache" ]; then
  echo "startup-cache: no cache was written; bin/cloudsync will start without one" >&2
  rm -f "$cache"
  exit 0
fi
printf '%s\n%s\n%s\n%s\n' "$home" "$version" "$(sha256sum "$jar" | cut -d' ' -f1)" "$jar" >"$cache.id"
echo "startup-cache: $cache for Java $version ($(du -k "$cache" | cut -f1) KiB)"
