#!/usr/bin/env bash
# install-deps.sh: installs the Debian 12 packages worksim needs to build, test and play.
# Idempotent: packages already present are skipped, so it is cheap to run every time.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  liblua5.4-dev libsqlite3-dev sqlite3 libcurl4-openssl-dev libssl-dev libcjson-dev libseccomp-dev
  libarchive-dev libmd4c-dev zstd
  bubblewrap python3 python3-pytest curl libxml2-utils
  libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev libvterm-dev fonts-dejavu-core fonts-noto-color-emoji xvfb
  qemu-system-x86 seabios cpio lz4
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The tests validate xAPI with Learning Locker's validator and run the dashboard's script in jsdom,
# both from the npm registry: Debian's npm unless a node with npm is already installed (e.g. from
# NodeSource, whose nodejs package carries its own npm and conflicts with Debian's).
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
