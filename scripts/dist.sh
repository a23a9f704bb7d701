#!/usr/bin/env bash
# make dist: target/dist/cloudsync-VERSION.tar.gz (launcher, jar, completion scripts, schemas, README, LICENSE), the
# CycloneDX SBOM beside it and SHA256SUMS of both. Needs the jar and SBOM of `mvn package cyclonedx:makeBom` (the
# Makefile runs it first). The archive is laid out as the launcher expects: bin/cloudsync next to lib/cloudsync.jar.
# It ships no start-up cache: an AOT cache or CDS archive belongs to one JDK build and one jar path, so the archive
# ships its trainer instead (bin/cloudsync-startup-cache, with its training profile and tenant in lib/training/),
# which writes the cache for the JDK of the machine it runs on, beside the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/cloudsync.jar
version="$(sed -n 's/^version=//p' target/classes/io/github/cloudsync/cli/version.properties)"
[ -f "$jar" ] && [ -f target/cloudsync.cdx.json ] && [ -n "$version" ] || {
  echo "dist: run 'mvn package org.cyclonedx:cyclonedx-maven-plugin:makeBom' first (make dist does)" >&2
  exit 1
}
name="cloudsync-$version"
out=target/dist
stage="$out/stage/$name"
rm -rf "$out"
mkdir -p "$stage/bin" "$stage/lib/training" "$stage/completion" "$stage/schemas"
install -m 0755 bin/cloudsync "$stage/bin/cloudsync"
install -m 0755 scripts/startup-cache.sh "$stage/bin/cloudsync-startup-cache"
install -m 0644 profiles/full.yaml scripts/demo-tenant.json "$stage/lib/training/"
install -m 0644 "$jar" "$stage/lib/cloudsync.jar"
install -m 0644 schemas/*.json "$stage/schemas/"
install -m 0644 README.md LICENSE "$stage/"
install -m 0644 target/cloudsync.cdx.json "$stage/sbom.cdx.json"
# the completion scripts come from the jar itself (picocli's AutoComplete over the whole command tree)
java -jar "$jar" completion bash >"$stage/completion/cloudsync.bash"
java -jar "$jar" completion zsh >"$stage/completion/cloudsync.zsh"
# the same bytes from the same commit: fixed order, owner and time (the commit's), no gzip timestamp
epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$out/stage" -cf - "$name" \
  | gzip -9n >"$out/$name.tar.gz"
cp target/cloudsync.cdx.json "$out/$name.cdx.json"
rm -rf "$out/stage"
(cd "$out" && sha256sum "$name.tar.gz" "$name.cdx.json" >SHA256SUMS)
echo "dist: $out/$name.tar.gz ($(du -k "$out/$name.tar.gz" | cut -f1) KiB), $out/$name.cdx.json, $out/SHA256SUMS"
