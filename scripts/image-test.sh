#!/usr/bin/env bash
# make image-test: proves the image starts, as a runtime would start it. Checks the OCI archive (every blob's digest
# and size, the layers' diff_ids), unpacks its layers in order into a new folder, and runs the configured entrypoint
# there as the configured user with the configured environment, the root file system read-only and only /tmp
# writable: `version`, `version --json` with the class-data-sharing archive required (-Xshare:on), and a drift of a
# profile mounted at /profiles against an emulator on loopback. Needs root, jq and unshare (as the image build).
set -euo pipefail
cd "$(dirname "$0")/.."
project="$(pwd -P)"
image="$(ls "$project"/target/image/cloudsync-*.oci.tar 2>/dev/null | head -n 1)"
[ -n "$image" ] || { echo "image-test: no image in target/image; run 'make image' first" >&2; exit 1; }
version="$(basename "$image" .oci.tar)"; version="${version#cloudsync-}"
passed=0 failed=0
# jq -e accepts an empty input (jq 1.6 exits 0 on it): a JSON check first needs a non-empty file
json() { [ -s "$1" ] && jq -e "${@:2}" "$1" >/dev/null; }
check() { if "${@:2}"; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1" >&2; fi; }

tmp="$(mktemp -d)"
emulator_pid=""
trap '[ -z "$emulator_pid" ] || { kill "$emulator_pid" 2>/dev/null; wait "$emulator_pid" 2>/dev/null || true; }; rm -rf "$tmp"' EXIT
layout="$tmp/layout" root="$tmp/rootfs"
mkdir -p "$layout" "$root"
tar -xf "$image" -C "$layout"
blob() { echo "$layout/blobs/sha256/${1#sha256:}"; }
digests_match() {
  local f
  for f in "$layout"/blobs/sha256/*; do
    [ "$(sha256sum "$f" | cut -d' ' -f1)" = "$(basename "$f")" ] || { echo "  $f: wrong digest" >&2; return 1; }
  done
}
check "the archive is an OCI image layout" json "$layout/oci-layout" '.imageLayoutVersion == "1.0.0"' 
check "every blob has the digest it is named by" digests_match
manifest="$(blob "$(jq -r '.manifests[0].digest' "$layout/index.json")")"
config="$(blob "$(jq -r '.config.digest' "$manifest")")"
check "the index names version $version" json "$layout/index.json" --arg v "$version" \
  '.manifests[0].annotations["org.opencontainers.image.ref.name"] == $v' 
sizes_match() {
  local d s
  while read -r d s; do [ "$(stat -c %s "$(blob "$d")")" = "$s" ] || return 1; done \
    < <(jq -r '.config, .layers[] | "\(.digest) \(.size)"' "$manifest")
}
check "every descriptor has its blob's size" sizes_match
i=0
for layer in $(jq -r '.layers[].digest' "$manifest"); do
  diff_id="sha256:$(gzip -dc "$(blob "$layer")" | sha256sum | cut -d' ' -f1)"
  check "layer $i's diff_id is in the config" json "$config" --arg d "$diff_id" --argjson i "$i" '.rootfs.diff_ids[$i] == $d' 
  # a layer of this image deletes nothing (no whiteouts): unpacking in order gives the root file system
  if gzip -dc "$(blob "$layer")" | tar -t | grep -q '\.wh\.'; then echo "image-test: whiteouts in layer $i" >&2; exit 1; fi
  gzip -dc "$(blob "$layer")" | tar --numeric-owner -xpf - -C "$root"
  i=$((i + 1))
done

user="$(jq -r '.config.User' "$config")"
mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' "$config")
mapfile -t env < <(jq -r '.config.Env[]' "$config")
check "the image runs as a non-root numeric user ($user)" bash -c "[[ '$user' =~ ^[1-9][0-9]*:[0-9]+$ ]]"
env_args=()
for e in "${env[@]}"; do env_args+=(--env "$e"); done
# what a volume mount would bring: the profiles folder (the root file system is read-only when the command runs)
mkdir -p "$root/profiles"
cp profiles/minimal.yaml "$root/profiles/"
run() { # run [--env NAME=VALUE]... ARGS...: the entrypoint with ARGS, as the runtime would start it
  local extra=()
  while [ "${1:-}" = --env ]; do extra+=("$1" "$2"); shift 2; done
  bash scripts/rootfs-run.sh --read-only --user "$user" "${env_args[@]}" ${extra[@]+"${extra[@]}"} "$root" \
    "${entrypoint[@]}" "$@"
}

# start-up, namespace and mounts included: the best of three (the first also reads the files from disk)
elapsed_ms=""
for _ in 1 2 3; do
  start="$(date +%s%N)"
  run version >"$tmp/version.txt" 2>"$tmp/version.err" || true
  ms=$((($(date +%s%N) - start) / 1000000))
  if [ -z "$elapsed_ms" ] || [ "$ms" -lt "$elapsed_ms" ]; then elapsed_ms="$ms"; fi
done
check "cloudsync version starts in the image, read-only, as $user (${elapsed_ms} ms)" \
  grep -q "^cloudsync $version\$" "$tmp/version.txt"
check "and prints nothing on stderr" test ! -s "$tmp/version.err"
java_opts="$(printf '%s\n' "${env[@]}" | sed -n 's/^CLOUDSYNC_JAVA_OPTS=//p')"
run --env "CLOUDSYNC_JAVA_OPTS=$java_opts -Xshare:on" version --json >"$tmp/version.json" 2>"$tmp/version.err" || true
check "version --json with the CDS archive required (-Xshare:on): Java 17 of the image" \
  json "$tmp/version.json" '(.java.version | startswith("17")) and (.java.home | startswith("/usr/lib/jvm/"))' 

java -jar target/cloudsync.jar emulator --port 0 --state scripts/demo-tenant.json >"$tmp/emulator.log" 2>&1 &
emulator_pid=$!
. scripts/emulator-url.sh
url="$(emulator_url "$tmp/emulator.log")" || url=""
code=0
run drift /profiles --json --graph-url "$url" --auth none >"$tmp/drift.json" 2>"$tmp/drift.err" || code=$?
check "drift /profiles in the image against the emulator: drifted (exit $code, expected 2)" \
  json "$tmp/drift.json" --argjson code "$code" '$code == 2 and .profiles[0].result == "drifted"' 

echo "image-test: $(du -m "$image" | cut -f1) MiB archive, $(du -sm "$root" | cut -f1) MiB unpacked, version in ${elapsed_ms} ms (best of 3)"
echo "image-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
