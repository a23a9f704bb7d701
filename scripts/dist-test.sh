#!/usr/bin/env bash
# make dist-test: the release archive as a new user meets it. Checks SHA256SUMS, unpacks the archive into a new temp
# folder, puts a symlink to its launcher on a PATH without the project, and from a folder holding only profiles runs
# version, validate, plan, apply and drift against an emulator started from the same unpacked copy.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/emulator-url.sh
project="$(pwd -P)"
dist="$project/target/dist"
archive="$(ls "$dist"/cloudsync-*.tar.gz 2>/dev/null | head -n 1)"
[ -n "$archive" ] || { echo "dist-test: no archive in target/dist; run 'make dist' first" >&2; exit 1; }
version="$(basename "$archive" .tar.gz)"; version="${version#cloudsync-}"

passed=0
failed=0
check() { # check NAME COMMAND...: runs the command, counts it
  if "${@:2}"; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1" >&2; fi
}
expect_exit() { # expect_exit CODE COMMAND...
  local want="$1" got=0
  shift
  "$@" >"$work/last.out" 2>"$work/last.err" || got=$?
  [ "$got" -eq "$want" ] || { echo "  exit $got, expected $want: $*" >&2; cat "$work/last.err" >&2; return 1; }
}

root="$(mktemp -d)"
emulator_pid=""
trap '[ -z "$emulator_pid" ] || { kill "$emulator_pid" 2>/dev/null; wait "$emulator_pid" 2>/dev/null || true; }; rm -rf "$root"' EXIT
install_dir="$root/opt" path_dir="$root/path" work="$root/work"
mkdir -p "$install_dir" "$path_dir" "$work"

check "SHA256SUMS matches the archive and the SBOM" bash -c "cd '$dist' && sha256sum --quiet -c SHA256SUMS"
tar -xzf "$archive" -C "$install_dir"
ln -s "$install_dir/cloudsync-$version/bin/cloudsync" "$path_dir/cloudsync"
# a PATH with the link and Java, and no project folder: the launcher must find its jar through the link
java_dir="$(dirname "$(readlink -f "$(command -v java)")")"
export PATH="$path_dir:$java_dir:/usr/bin:/bin"
unset JAVA_HOME CLOUDSYNC_JAVA_OPTS || true
cp "$project/profiles/minimal.yaml" "$project/profiles/full.yaml" "$project/scripts/demo-tenant.json" "$work/"
cd "$work"

check "version --json through a symlink on PATH" expect_exit 0 cloudsync version --json
commit="$(git -C "$project" rev-parse HEAD 2>/dev/null || echo unknown)"
check "version names $version, commit $commit and this Java" bash -c "[ -s '$work/last.out' ] && jq -e --arg v '$version' --arg c '$commit' \
  --arg j \"\$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')\" \
  '.version == \$v and .commit == \$c and .java.version == \$j and (.build_time | test(\"Z\$\"))' '$work/last.out' >/dev/null"
check "the bash completion script registers cloudsync" bash -c \
  "source '$install_dir/cloudsync-$version/completion/cloudsync.bash' && complete -p cloudsync >/dev/null"

# the start-up cache: trained in place for this JDK, used by the launcher, and ignored silently when it does not match
release="$install_dir/cloudsync-$version"
main_shared() { # whether validate loads cloudsync's Main from a cache (prints nothing else), and exits 0 without stderr
  CLOUDSYNC_JAVA_OPTS=-Xlog:class+load cloudsync validate full.yaml >"$work/classes.out" 2>"$work/classes.err" \
    && [ ! -s "$work/classes.err" ] && grep -q 'io.github.cloudsync.cli.Main source: shared objects file' "$work/classes.out"
}
check "cloudsync-startup-cache trains a cache for this JDK" expect_exit 0 "$release/bin/cloudsync-startup-cache"
cache_id="$(ls "$release"/lib/cloudsync.*.id 2>/dev/null | head -n 1)"
check "its fingerprint names this JDK, the jar's hash and path" bash -c "[ -n '$cache_id' ] \
  && [ \"\$(sed -n 3p '$cache_id')\" = \"\$(sha256sum '$release/lib/cloudsync.jar' | cut -d' ' -f1)\" ] \
  && [ \"\$(sed -n 4p '$cache_id')\" = '$release/lib/cloudsync.jar' ]"
check "startup-cache --check accepts it" expect_exit 0 "$release/bin/cloudsync-startup-cache" --check
check "the launcher starts from the cache" main_shared
cp "$cache_id" "$work/cache.id"
sed -i '2s/.*/0.0.0+0/' "$cache_id"
started_without_cache() { ! main_shared && grep -q '^full.yaml: valid$' "$work/classes.out"; }
check "a cache for another JDK version is ignored, and validate still works" started_without_cache
sed -i '3s/.*/0000/' "$cache_id"
check "startup-cache --check refuses a fingerprint of another jar" expect_exit 1 "$release/bin/cloudsync-startup-cache" --check
cp "$work/cache.id" "$cache_id"
touch -d '+1 minute' "$release/lib/cloudsync.jar"
check "a jar newer than the cache is started without it" started_without_cache

cloudsync emulator --port 0 --state demo-tenant.json >"$work/emulator.log" 2>&1 &
emulator_pid=$!
url="$(emulator_url "$work/emulator.log")" || url=""
check "the emulator of the unpacked copy listens on loopback" bash -c "case '$url' in http://127.0.0.1:*) ;; *) exit 1;; esac"
graph=(--graph-url "$url" --auth none)
check "validate both profiles" expect_exit 0 cloudsync validate minimal.yaml full.yaml
check "plan shows changes on the empty tenant (exit 2)" expect_exit 2 cloudsync plan -p full.yaml --detailed-exitcode "${graph[@]}"
check "plan --json prints a plan document" expect_exit 0 cloudsync plan -p full.yaml --json "${graph[@]}"
check "with actions to take" bash -c "[ -s '$work/last.out' ] && jq -e '.actions | length > 0' '$work/last.out' >/dev/null"
check "apply the minimal profile" expect_exit 0 cloudsync apply -p minimal.yaml --auto-approve "${graph[@]}"
check "drift: the applied profile is in sync, the other drifted (exit 2)" expect_exit 2 cloudsync drift minimal.yaml full.yaml --json "${graph[@]}"
check "drift's report says which" bash -c "[ -s '$work/last.out' ] && jq -e '[.profiles[].result] == [\"in_sync\", \"drifted\"]' '$work/last.out' >/dev/null"

echo "dist-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
