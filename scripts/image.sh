#!/usr/bin/env bash
# make image: target/image/cloudsync-VERSION.oci.tar, an OCI image archive built without a container daemon.
# Layer 1: Debian's JRE 17 (openjdk-17-jre-headless from Debian's packages, installed by mmdebstrap into a folder with
# its maintainer scripts run, so the Java trust store exists), plus the user cloudsync (65532). Layer 2: /opt/cloudsync
# (launcher, jar, LICENSE) and a class-data-sharing archive dumped by the image's own JVM for that jar at that path,
# from the class list of a training apply run inside the image against an emulator on loopback. At run time the JVM
# only maps that archive (read-only): nothing is written outside /tmp. The image runs as 65532:65532 (numeric, so that
# Kubernetes' runAsNonRoot can check it), with / read-only if the runtime says so. Needs root, mmdebstrap and jq.
# The JRE layer is kept in target/image/base between runs (make clean or CLOUDSYNC_IMAGE_NEW_BASE=1 builds it anew).
set -euo pipefail
cd "$(dirname "$0")/.."
project="$(pwd -P)"
jar="$project/target/cloudsync.jar"
version="$(sed -n 's/^version=//p' target/classes/io/github/cloudsync/cli/version.properties 2>/dev/null || true)"
commit="$(sed -n 's/^commit=//p' target/classes/io/github/cloudsync/cli/version.properties 2>/dev/null || true)"
[ -f "$jar" ] && [ -n "$version" ] || { echo "image: run 'mvn package' first (make image does)" >&2; exit 1; }
for tool in mmdebstrap jq unshare chroot; do
  command -v "$tool" >/dev/null || { echo "image: needs $tool (apt-get install mmdebstrap jq)" >&2; exit 1; }
done
[ "$(id -u)" -eq 0 ] || { echo "image: needs root (mmdebstrap --mode=root, chroot)" >&2; exit 1; }
out="$project/target/image"
base="$out/base"
root="$out/rootfs"
epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
arch="$(dpkg --print-architecture)"
jvm="/usr/lib/jvm/java-17-openjdk-$arch"
uid=65532

# --- layer 1: the JRE on Debian's essential set, from the suite and sources this machine's apt uses ---------------
if [ ! -f "$base/.complete" ] || [ -n "${CLOUDSYNC_IMAGE_NEW_BASE:-}" ]; then
  rm -rf "$base"
  mkdir -p "$out"
  suite="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  sources=()
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    if [ -f "$f" ] && grep -q '^[^#[:space:]]' "$f"; then sources+=("$f"); fi
  done
  # man pages, docs (but their copyright files) and translations are left out; update-alternatives needs man1 to exist
  mmdebstrap --mode=root --variant=essential --include=openjdk-17-jre-headless,ca-certificates \
    --aptopt='Apt::Install-Recommends "false"' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
    "$suite" "$base" ${sources[@]+"${sources[@]}"}
  echo "cloudsync:x:$uid:$uid:cloudsync:/nonexistent:/usr/sbin/nologin" >>"$base/etc/passwd"
  echo "cloudsync:x:$uid:" >>"$base/etc/group"
  echo "cloudsync:!:$(($(date +%s) / 86400))::::::" >>"$base/etc/shadow"
  rm -rf "$base/var/cache/apt"/* "$base/var/lib/apt/lists"/* "$base/var/log"/*
  touch "$base/.complete"
fi

# --- layer 2: /opt/cloudsync and its class-data-sharing archive ---------------------------------------------------
rm -rf "$root"
cp -a "$base" "$root"
rm -f "$root/.complete"
app="$root/opt/cloudsync"
mkdir -p "$app/bin" "$app/lib"
install -m 0755 bin/cloudsync "$app/bin/cloudsync"
install -m 0644 "$jar" "$app/lib/cloudsync.jar"
install -m 0644 LICENSE "$app/LICENSE"
# the archive records the jar's time and size and is refused if either differs: give the jar its layer time first
touch -d "@$epoch" "$app/lib/cloudsync.jar"
log="$(mktemp)"
java -jar "$jar" emulator --port 0 --state scripts/demo-tenant.json >"$log" 2>&1 &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null; wait "$emulator_pid" 2>/dev/null || true; rm -f "$log"' EXIT
. scripts/emulator-url.sh
url="$(emulator_url "$log")" || { echo "image: the training emulator did not start" >&2; cat "$log" >&2; exit 1; }
mkdir -p "$root/training"
cp profiles/full.yaml "$root/training/full.yaml"
in_image() { bash scripts/rootfs-run.sh --env "PATH=$jvm/bin:/usr/bin:/bin" "$root" "$@"; }
in_image java -XX:DumpLoadedClassList=/training/classes -jar /opt/cloudsync/lib/cloudsync.jar \
  apply -p /training/full.yaml --graph-url "$url" --auth none --auto-approve >/dev/null
in_image java -Xshare:dump -XX:SharedClassListFile=/training/classes \
  -XX:SharedArchiveFile=/opt/cloudsync/lib/cloudsync.jsa -cp /opt/cloudsync/lib/cloudsync.jar >/dev/null
rm -rf "$root/training"
chmod 0644 "$app/lib/cloudsync.jsa"
# bin/cloudsync uses the archive only beside its fingerprint: the JDK's home and version, the jar's hash and path
printf '%s\n%s\n%s\n%s\n' "$jvm" "$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"$/\1/p' "$root$jvm/release")" \
  "$(sha256sum "$app/lib/cloudsync.jar" | cut -d' ' -f1)" /opt/cloudsync/lib/cloudsync.jar >"$app/lib/cloudsync.jsa.id"
chmod 0644 "$app/lib/cloudsync.jsa.id"

# --- the OCI image layout, as one tar ---------------------------------------------------------------------------------
layout="$out/layout"
rm -rf "$layout"
mkdir -p "$layout/blobs/sha256"
blob() { # blob FILE MEDIATYPE: moves FILE into blobs/, prints its descriptor
  local digest size
  digest="$(sha256sum "$1" | cut -d' ' -f1)"
  size="$(stat -c %s "$1")"
  mv "$1" "$layout/blobs/sha256/$digest"
  jq -cn --arg m "$2" --arg d "sha256:$digest" --argjson s "$size" '{mediaType: $m, digest: $d, size: $s}'
}
layer() { # layer NAME TAR-ARGS...: a gzip layer; prints "DESCRIPTOR DIFF_ID"
  tar --sort=name --numeric-owner --xattrs --pax-option=delete=atime,delete=ctime -C "$root" -cf "$out/$1.tar" "${@:2}"
  local diff_id
  diff_id="sha256:$(sha256sum "$out/$1.tar" | cut -d' ' -f1)"
  gzip -6n "$out/$1.tar"
  echo "$(blob "$out/$1.tar.gz" application/vnd.oci.image.layer.v1.tar+gzip) $diff_id"
}
read -r jre_layer jre_diff < <(layer jre --exclude=./opt/cloudsync --exclude='./proc/*' --exclude='./sys/*' \
  --exclude='./dev/*' --exclude='./tmp/*' --exclude='./run/*' .)
read -r app_layer app_diff < <(layer app --mtime="@$epoch" --owner=0 --group=0 ./opt/cloudsync)
created="$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)"
jq -n --arg arch "$arch" --arg created "$created" --arg jvm "$jvm" --arg uid "$uid" --arg version "$version" \
  --arg commit "$commit" --arg d1 "$jre_diff" --arg d2 "$app_diff" '{
  architecture: $arch, os: "linux", created: $created,
  config: {
    User: "\($uid):\($uid)",
    Entrypoint: ["/opt/cloudsync/bin/cloudsync"],
    Cmd: ["--help"],
    WorkingDir: "/tmp",
    Env: ["PATH=\($jvm)/bin:/usr/local/bin:/usr/bin:/bin", "JAVA_HOME=\($jvm)", "HOME=/tmp",
          "CLOUDSYNC_JAVA_OPTS=-XX:-UsePerfData"],
    Volumes: {"/tmp": {}},
    Labels: {"org.opencontainers.image.title": "cloudsync", "org.opencontainers.image.version": $version,
             "org.opencontainers.image.revision": $commit, "org.opencontainers.image.licenses": "Apache-2.0"}
  },
  rootfs: {type: "layers", diff_ids: [$d1, $d2]},
  history: [{created: $created, created_by: "mmdebstrap essential + openjdk-17-jre-headless, user cloudsync"},
            {created: $created, created_by: "scripts/image.sh: /opt/cloudsync and its CDS archive"}]
}' >"$out/config.json"
config="$(blob "$out/config.json" application/vnd.oci.image.config.v1+json)"
jq -n --argjson c "$config" --argjson l1 "$jre_layer" --argjson l2 "$app_layer" \
  '{schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: $c, layers: [$l1, $l2]}' \
  >"$out/manifest.json"
manifest="$(blob "$out/manifest.json" application/vnd.oci.image.manifest.v1+json)"
jq -n --argjson m "$manifest" --arg ref "$version" \
  '{schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [$m + {annotations: {"org.opencontainers.image.ref.name": $ref}}]}' >"$layout/index.json"
echo '{"imageLayoutVersion":"1.0.0"}' >"$layout/oci-layout"
image="$out/cloudsync-$version.oci.tar"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$layout" -cf "$image" oci-layout index.json blobs
rm -rf "$layout" "$root"
echo "image: $image ($(du -m "$image" | cut -f1) MiB; load it with podman load, docker load or skopeo)"
