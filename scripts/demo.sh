#!/usr/bin/env bash
# The main job on the embedded Graph emulator: for each example profile, plan, apply and plan again
# (which must show no changes), then drift over all of them. Needs `make build` first (make demo does it).
set -euo pipefail
cd "$(dirname "$0")/.."
cs() { java -jar target/cloudsync.jar "$@"; }

log="$(mktemp)"
# java itself in the background, not the cs function: $! of a backgrounded function is a subshell, and killing it
# left the emulator's JVM running after the demo
java -jar target/cloudsync.jar emulator --port 0 --state scripts/demo-tenant.json >"$log" 2>&1 &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; rm -f "$log"' EXIT
. scripts/emulator-url.sh
url="$(emulator_url "$log")" || { echo "demo: the emulator did not start:" >&2; cat "$log" >&2; exit 1; }
echo "==> Graph emulator listening at $url"
graph=(--graph-url "$url" --auth none)

step() { echo; echo "==> cloudsync $*"; }
for profile in profiles/minimal.yaml profiles/full.yaml; do
  step plan -p "$profile"
  cs plan -p "$profile" "${graph[@]}"
  step apply -p "$profile" --auto-approve
  cs apply -p "$profile" --auto-approve "${graph[@]}"
  step plan -p "$profile" --detailed-exitcode "(expect: no changes)"
  cs plan -p "$profile" --detailed-exitcode "${graph[@]}"
done

step drift profiles/minimal.yaml profiles/full.yaml "(expect: in sync)"
cs drift profiles/minimal.yaml profiles/full.yaml "${graph[@]}"

# Someone pauses contoso.com's provisioning job in the portal: plain Graph calls, outside cloudsync.
echo
echo "==> outside cloudsync: pause contoso.com's AD2AADProvisioning job with a raw Graph call"
auth=(-s -H "Authorization: Bearer demo")
sp="$(curl "${auth[@]}" "$url/beta/servicePrincipals?\$filter=displayName%20eq%20'contoso.com'" \
  | grep -o '"id" *: *"[0-9a-f-]\{36\}"' | head -n 1 | grep -o '[0-9a-f-]\{36\}')"
job="$(curl "${auth[@]}" "$url/beta/servicePrincipals/$sp/synchronization/jobs" \
  | grep -o 'AD2AADProvisioning\.[0-9a-f]\{32\}\.[0-9a-f-]\{36\}' | head -n 1)"
curl "${auth[@]}" -X POST "$url/beta/servicePrincipals/$sp/synchronization/jobs/$job/pause" -o /dev/null -w "POST .../jobs/$job/pause -> %{http_code}\n"

step drift profiles/minimal.yaml profiles/full.yaml "(expect: contoso drifted, exit 2)"
set +e
cs drift profiles/minimal.yaml profiles/full.yaml "${graph[@]}"
code=$?
set -e
echo "(drift exited $code)"
[ "$code" -eq 2 ] || { echo "demo: expected drift to exit 2" >&2; exit 1; }

step apply -p profiles/minimal.yaml --auto-approve "(puts it back)"
cs apply -p profiles/minimal.yaml --auto-approve "${graph[@]}"
step drift profiles/minimal.yaml profiles/full.yaml "(expect: in sync again)"
cs drift profiles/minimal.yaml profiles/full.yaml "${graph[@]}"
echo
echo "==> demo finished: every profile applied, drift detected and put right"
