#!/usr/bin/env bash
# rootfs-run.sh [--read-only] [--user UID:GID] [--env NAME=VALUE]... ROOT COMMAND...: runs COMMAND inside the root
# file system ROOT as a container runtime would, without one: in a private mount namespace, with /proc, a minimal
# /dev and an empty tmpfs /tmp mounted, the rest read-only with --read-only, as the given user, with only the given
# environment. Needs root (the image build and the image test run as root, here and in CI).
set -euo pipefail
if [ "${1:-}" = --in-namespace ]; then
  root="$2" read_only="$3" user="$4"
  shift 4
  mount --bind "$root" "$root"
  mount -t proc proc "$root/proc"
  mount -t tmpfs -o mode=0755,size=1m tmpfs "$root/dev"
  for node in null zero full random urandom tty; do
    touch "$root/dev/$node"
    mount --bind "/dev/$node" "$root/dev/$node"
  done
  ln -s /proc/self/fd "$root/dev/fd"
  mount -t tmpfs -o mode=1777,size=256m tmpfs "$root/tmp"
  if [ "$read_only" = yes ]; then mount -o remount,bind,ro "$root"; fi
  exec chroot --userspec="$user" "$root" "$@"
fi
read_only=no user=0:0 env=()
while [ $# -gt 0 ]; do
  case "$1" in
    --read-only) read_only=yes; shift ;;
    --user) user="$2"; shift 2 ;;
    --env) env+=("$2"); shift 2 ;;
    *) break ;;
  esac
done
root="$(cd "$1" && pwd -P)"
shift
exec unshare --mount --propagation private --fork -- bash "$0" --in-namespace "$root" "$read_only" "$user" \
  /usr/bin/env -i ${env[@]+"${env[@]}"} "$@"
