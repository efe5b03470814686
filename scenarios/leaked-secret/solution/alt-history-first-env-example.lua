-- Valid route (play-test 2026-12-06, second session): rewrites the history FIRST (every branch and
-- v0.3.0, key -> REDACTED, leftovers dropped), then moves the key to the environment with perl,
-- adds a .env.example, and commits that with its own subject; reports in #security in lowercase
-- British English. A tidy commit (code, docs, .env.example) and every item true: must pass 100 %.
local part = require("parts.backup")
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git log --all --oneline --decorate -S lmk_live; grep -rln lmk_live --exclude-dir=.git ." },
  part.rewrite[1],
  { sh = [[perl -0pi -e 's/\n# TODO\(ops\)[^\n]*\nLARKMSG_API_KEY = [^\n]*\n/\n/; s/    return LARKMSG_API_KEY/    key = os.environ.get("LARKMSG_API_KEY")\n    if not key:\n        raise RuntimeError("LARKMSG_API_KEY must be set (the secret store injects it)")\n    return key/' notify/settings.py
printf 'LARKMSG_API_KEY=\nLARKMSG_SENDER_ID=LARKTEST\n' > .env.example
python3 -m pytest -q && git add notify/settings.py .env.example && git commit -q -m 'Read the Larkspur key from LARKMSG_API_KEY, add .env.example (SEC-31)' && git log --oneline --decorate | head -3]] },
  { submit = "scrub" },
  { post = "#security", text = "@ines sec-31 finished: i rewrote the history of every branch and the v0.3.0 tag (all commits kept), so no revision holds the key any more. refs/original removed, reflog expired and gc'd, so nothing's left locally. the code now reads LARKMSG_API_KEY (there's a .env.example); behaviour otherwise unchanged." },
  { finish = true },
}
