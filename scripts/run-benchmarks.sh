#!/usr/bin/env bash
# run-benchmarks.sh: runs every benchmark binary built from tests/bench in BUILD_DIR (default
# build), then tests/bench/*.py against its worksim, one after another, so they do not compete
# for the two cores, and prints their lines.
set -euo pipefail
build=${1:-build}
status=0
for bench in "$build"/tests/bench_*; do
  [ -x "$bench" ] || continue
  echo "== $(basename "$bench")"
  "$bench" || status=1
done
# benchmarks that drive the worksim binary itself (python3, like the tests' helpers)
for script in "$(dirname "$0")"/../tests/bench/*.py; do
  [ -f "$script" ] || continue
  echo "== $(basename "$script")"
  python3 "$script" --binary "$build/engine/worksim" || status=1
done
exit $status
