-- Mistake for leaked-secret: fixes the code and docs in a new commit and calls it done; the
-- key stays in every old commit and the release tag, which go public on Friday.
return {
  expect = { outcome = "failed", max_percent = 45 },
  { say = "ines", text = "Hi Ines, I'm on SEC-31." },
  { sh = [[python3 - <<'PY'
import pathlib, re
p = pathlib.Path("notify/settings.py")
s = p.read_text()
s = re.sub(r"\n# TODO\(ops\).*\nLARKMSG_API_KEY = .*\n", "\n", s)
s = s.replace('    return LARKMSG_API_KEY', '    key = os.environ.get("LARKMSG_API_KEY")\n    if not key:\n        raise RuntimeError("LARKMSG_API_KEY is not set")\n    return key')
p.write_text(s)
PY
sed -i 's/^    export LARKMSG_API_KEY=.*/    export LARKMSG_API_KEY=<secret store>/' docs/CONFIG.md && python3 -m pytest -q && git commit -qam 'Read the API key from the environment (SEC-31)']] },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 done: the key is removed from the code and the docs, committed." },
  { finish = true },
}
