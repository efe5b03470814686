-- Check-breaker (round 8): starts the day, then for OPS-88 leaves a FIFO at out/ops-88.csv (a read
-- of it blocks forever) instead of counting, submits OPS-88 and tells Rita the file is in. The
-- checks and hooks must neither hang into an author's infra_error nor pass: the outcome is
-- failed, the learner's doing.
return {
  expect = { outcome = "failed", max_percent = 20 },
  { sh = "cat docs/CONTRIBUTING.md | head -5" },
  { say = "dana", text = "Morning Dana! Starting with SHIP-231 as planned." },
  { wait = 400 },
  { sh = "mkdir -p out && rm -f out/ops-88.csv && mkfifo out/ops-88.csv && ls -l out" },
  { submit = "ops88" },
  { post = "#ops", text = "@rita OPS-88 is in out/ops-88.csv." },
  { finish = true },
}
