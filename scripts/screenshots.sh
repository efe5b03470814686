#!/usr/bin/env bash
# screenshots.sh: renders the README's pictures of the desktop with worksim's own --snapshot
# options on SDL's offscreen driver (no screen needed), so they always show the current build:
#   docs/screenshots/home.png     the home (catalog, tracks, next step) of a learner with one run
#   docs/screenshots/desktop.png  first-bugfix 90 s into the run (chat, ticket, clock)
#   docs/screenshots/replay.png   the reference run replayed in the desktop at 1:10
# usage: scripts/screenshots.sh [BUILD_DIR]   (default build; needs a built engine/worksim)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/${1:-build}/engine/worksim
out=$root/docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
export SDL_VIDEODRIVER=offscreen XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
mkdir -p "$out"
db=(--db "$work/w.db")
"$bin" "${db[@]}" run first-bugfix --learner alex \
  --actions "$root/scenarios/first-bugfix/solution/actions.lua" >/dev/null
"$bin" "${db[@]}" play --learner alex --snapshot "$out/home.png"
"$bin" "${db[@]}" play first-bugfix --learner sam --snapshot "$out/desktop.png" --snapshot-after 90 >/dev/null
"$bin" "${db[@]}" replay 1 --desktop --at 70 --snapshot "$out/replay.png" >/dev/null
ls -l "$out"/*.png | awk '{ print "screenshots: " $NF " (" $5 " bytes)" }'
