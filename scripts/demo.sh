#!/usr/bin/env bash
# The main job on the embedded Graph emulator: plan, apply, plan again, drift.
set -euo pipefail
echo "make demo: not implemented yet" >&2
exit 1
