#!/bin/bash
# Deploys main to the shipping host. Run by CI only; refuses during a freeze.
set -euo pipefail
if [ -e /srv/shipping/FREEZE ]; then
  echo "deploy freeze in effect: $(cat /srv/shipping/FREEZE)" >&2
  exit 1
fi
echo "deploying $(git rev-parse --short main)"
