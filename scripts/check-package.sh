#!/usr/bin/env bash
# check-package.sh: proves the Debian package works as a user gets it, without touching this
# machine's /usr: apt resolves its dependencies (a simulated `apt-get install ./worksim.deb`),
# then the package is unpacked into a throwaway root and its binary runs against only the data
# it installed: doctor, list, a graded headless run of the default scenario, and the desktop
# drawn once with SDL's dummy driver.
#   usage: scripts/check-package.sh path/to/worksim_VERSION_ARCH.deb
set -euo pipefail
deb="$(realpath "$1")"
root="$(mktemp -d "${TMPDIR:-/tmp}/worksim-pkg.XXXXXX")"
trap 'rm -rf "$root"' EXIT
fail() { echo "check-package: FAIL: $*" >&2; exit 1; }

depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libsdl2 libmd4c0 liblua5.4 libsqlite3 libcurl libcjson libseccomp bubblewrap python3-pytest; do
  case "$depends" in *"$lib"*) ;; *) fail "Depends lacks $lib: $depends" ;; esac
done
# -s: apt only plans the install; a missing or unsatisfiable dependency fails here.
apt-get install -s -qq "$deb" >"$root/apt.log" 2>&1 || { cat "$root/apt.log" >&2; fail "apt-get cannot install it"; }

dpkg-deb -x "$deb" "$root/fs"
bin="$root/fs/usr/bin/worksim"
[ -x "$bin" ] || fail "no usr/bin/worksim in the package"
[ -x "$root/fs/usr/libexec/worksim/worksim-ns-init" ] || fail "no worksim-ns-init"
[ -f "$root/fs/usr/share/worksim/scenarios/first-bugfix/scenario.lua" ] || fail "no scenarios"

export WORKSIM_DB="$root/worksim.db" HOME="$root/home" XDG_DATA_HOME="$root/home/data"
unset WORKSIM_SCENARIOS ANTHROPIC_API_KEY ANTHROPIC_BASE_URL WORKSIM_NS_INIT
mkdir -p "$HOME"
"$bin" --version
"$bin" doctor >"$root/doctor.log" 2>&1 || { cat "$root/doctor.log" >&2; fail "doctor failed"; }
listed="$("$bin" list | wc -l)"
[ "$listed" -ge 12 ] || fail "list shows $listed scenarios"
solution="$root/fs/usr/share/worksim/scenarios/first-bugfix/solution/actions.lua"
out="$("$bin" run first-bugfix --actions "$solution" --json)" || fail "headless run exited $?: $out"
case "$out" in *'"outcome":"passed"'*) ;; *) fail "headless run did not pass: $out" ;; esac
# The default scenario in the desktop, drawn once offscreen and graded (a demo run).
SDL_VIDEODRIVER=dummy "$bin" play --snapshot "$root/desk.png" >"$root/play.log" 2>&1 \
  || { cat "$root/play.log" >&2; fail "play --snapshot failed"; }
[ -s "$root/desk.png" ] || fail "play drew no picture"
echo "check-package: ok: $(basename "$deb") installs, runs doctor, lists $listed scenarios, passes first-bugfix, draws the desktop"
