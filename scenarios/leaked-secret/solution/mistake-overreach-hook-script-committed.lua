-- Over-reacher (round 11, h4, blind play): the reference fix and rewrite, plus unrequested extras
-- in the same fix commit: settings.py reformatted (annotated constants, the variable's name in a
-- constant), a regression test that greps the tracked files for the key prefix, the pyproject
-- version bumped, a CHANGELOG entry (all harmless: no credit lost), and a scripts/scan-secrets.sh
-- hook, a file SEC-31 does not need: only `tidy` (5) goes. Over-formal markdown report to Ines
-- with bullets and code spans: full report credit. 95 %, passed (no change needed).
local script = {
  { sh = "grep -rn lmk_live --exclude-dir=.git . ; git log --all --oneline -S lmk_live" },
  { sh = [[cat > notify/settings.py <<'EOF'
"""Configuration for notify-service, read once at import time.

Every value comes from the environment (see docs/CONFIG.md).
"""

import os

API_BASE_URL: str = os.environ.get("LARKMSG_BASE_URL", "https://api.larkmsg.example/v2")
SENDER_ID: str = os.environ.get("LARKMSG_SENDER_ID", "LARKSPUR")
TIMEOUT_SECONDS: int = 5

_KEY_VARIABLE = "LARKMSG_API_KEY"


def api_key() -> str:
    """The API key for Larkspur Messaging, injected by the secret store (SEC-31)."""
    key = os.environ.get(_KEY_VARIABLE, "").strip()
    if not key:
        raise RuntimeError(f"{_KEY_VARIABLE} is not set: the secret store injects it in production")
    return key
EOF
sed -i 's/^    export LARKMSG_API_KEY=.*/    export LARKMSG_API_KEY=<from the secret store>/' docs/CONFIG.md
cat > tests/test_no_secrets.py <<'EOF'
import subprocess


def test_no_live_key_in_tracked_files():
    out = subprocess.run(["git", "grep", "-n", "lmk_" + "live_"], capture_output=True, text=True)
    assert out.stdout == ""
EOF
sed -i 's/^version = .*/version = "0.4.0.dev1"/' pyproject.toml
printf '# Changelog\n\n## 0.4.0.dev1\n\n- SEC-31: the messaging API key is read from LARKMSG_API_KEY.\n' > CHANGELOG.md
mkdir -p scripts && printf '#!/bin/sh\n# pre-commit: refuse live messaging keys\ngit diff --cached | grep -q "lmk_""live_" && { echo "live key staged"; exit 1; }\nexit 0\n' > scripts/scan-secrets.sh && chmod +x scripts/scan-secrets.sh
python3 -m pytest -q]] },
  { sh = "git add -A && git commit -q -m 'Read the messaging API key from the environment (SEC-31)' && git log --oneline" },
  { sh = [[FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter 'for f in notify/settings.py docs/CONFIG.md; do [ -f "$f" ] && sed -i "s/lmk_live_[A-Za-z0-9]*/REDACTED/g" "$f"; done; true' --tag-name-filter cat -- --all]] },
  { sh = [[git for-each-ref --format='%(refname)' refs/original | xargs -r -n1 git update-ref -d && git reflog expire --expire=now --all && git gc -q --prune=now && git log --all -p | grep -c lmk_live; git log --oneline --decorate --all]] },
  { submit = "scrub" },
  { say = "ines", text = "Hello Ines,\n\n**SEC-31 status: resolved**\n\n- `notify/settings.py` now reads `LARKMSG_API_KEY` from the environment and raises a clear error when it is unset (tests pass)\n- the key is redacted from `docs/CONFIG.md`\n- all branches **and** the `v0.3.0` tag were rewritten with `git filter-branch`\n- local leftovers removed: `refs/original` deleted, reflog expired, `git gc --prune=now`\n\nKind regards" },
  { post = "#team", text = "@tom notify-service history was rewritten for SEC-31 (all commits and v0.3.0 kept): please re-clone before working on it." },
  { finish = true },
}
script.expect = { outcome = "passed", min_percent = 95, max_percent = 96 }
return script
