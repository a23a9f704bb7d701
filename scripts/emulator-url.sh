# Sourced by the scripts that start a throwaway emulator (`cloudsync emulator --port 0 >LOG &`): one way to wait for it.
# emulator_url LOG: waits up to 30 s for LOG's first line to be the loopback URL the emulator prints, then prints it;
# prints nothing and fails when none came. (scripts/startup-cache.sh keeps its own copy: it ships alone in the archive
# as bin/cloudsync-startup-cache.)
emulator_url() {
  local log="$1" url="" _
  for _ in $(seq 1 300); do
    url="$(head -n 1 "$log" 2>/dev/null || true)"
    case "$url" in http://127.0.0.1:*) echo "$url"; return 0 ;; esac
    sleep 0.1
  done
  return 1
}
