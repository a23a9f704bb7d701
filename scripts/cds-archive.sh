#!/usr/bin/env bash
# Writes target/cloudsync.jsa, the class-data-sharing archive bin/cloudsync starts with (bench/README.md, figure 5).
# The training run is an apply of profiles/full.yaml against a throwaway emulator from the same jar: it loads the
# classes of validate (the profile loader), plan (Graph reads, the differ, the renderers) and apply (the writers), so
# every command starts from the archive. Its class list (with the lambda and method-handle shapes it used) then makes
# a static archive, which starts plan about 70 ms sooner here than a dynamic one (-XX:ArchiveClassesAtExit) of the
# same run. No archive is not an error: bin/cloudsync then starts without one.
set -uo pipefail
cd "$(dirname "$0")/.."
# CDS checks the class path it starts with against the one the archive was made with: the absolute, physical path
# bin/cloudsync passes, whatever the working directory (a relative one turned sharing off everywhere else)
jar="$(pwd -P)/target/cloudsync.jar"
archive=target/cloudsync.jsa
classes=target/cloudsync.classlist
rm -f "$archive" "$classes"
log="$(mktemp)"
java -jar "$jar" emulator --port 0 --state scripts/demo-tenant.json >"$log" 2>&1 &
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
  *) echo "cds-archive: the training emulator did not start; bin/cloudsync will start without an archive" >&2; exit 0 ;;
esac
if ! java -XX:DumpLoadedClassList="$classes" -jar "$jar" \
    apply -p profiles/full.yaml --graph-url "$url" --auth none --auto-approve >/dev/null 2>&1; then
  echo "cds-archive: the training apply failed; bin/cloudsync will start without an archive" >&2
  exit 0
fi
if ! java -Xshare:dump -XX:SharedClassListFile="$classes" -XX:SharedArchiveFile="$archive" -cp "$jar" \
    >/dev/null 2>&1; then
  echo "cds-archive: the archive could not be written; bin/cloudsync will start without one" >&2
  rm -f "$archive"
fi
