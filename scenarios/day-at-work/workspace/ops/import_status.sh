#!/bin/bash
# Appends new carrier status events to data/shipments.csv (see data/README.md).
# Usage: ops/import_status.sh FEED_DIR
set -euo pipefail
feed_dir=${1:?usage: import_status.sh FEED_DIR}
out=/srv/shipping/data/shipments.csv
for f in "$feed_dir"/*.csv; do
  [ -e "$f" ] || continue
  tail -n +2 "$f" >> "$out"      # a retry after a timeout may append the same rows again
  mv "$f" "$f.done"
done
