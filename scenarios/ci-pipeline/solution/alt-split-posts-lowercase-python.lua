-- Valid route (play 2026-12-06, playE): reads ci/README.md first, `git diff HEAD~1 HEAD` for the
-- clean-up, fixes all three faults in one python edit, `git commit -am`, explains to Jonas in
-- four lowercase #dev posts (a numbered list split over messages, British "hasn't got", "went
-- missing", "wouldn't load") and DMs Ana "main's pipeline is passing again ... good to tag". 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat ci/README.md; ./ci/run-pipeline 2>&1 | head -30" },
  { sh = "git diff HEAD~1 HEAD -- .ci/pipeline.yml" },
  { sh = "python3 - <<'PY'\np = '.ci/pipeline.yml'\ns = open(p).read()\ns = s.replace('needs: [tests]', 'needs: [unit-tests]')\ns = s.replace('    run: python -m pytest -q', '    env:\\n      INVOICER_ENV: test\\n    run: python3 -m pytest -q')\nopen(p, 'w').write(s)\nPY\n./ci/run-pipeline 2>&1 | tail -15" },
  { sh = "git commit -am 'ci: restore the unit-tests dependency, python3 and INVOICER_ENV after the tidy-up'" },
  { post = "#dev", text = "@jonas pipeline's sorted, three bits from the tidy-up:" },
  { post = "#dev", text = "1. `build` was still waiting on `tests`, which had been renamed to `unit-tests`, so the runner wouldn't start at all" },
  { post = "#dev", text = "2. the CI image hasn't got plain `python`, only `python3` (exit 127)" },
  { post = "#dev", text = "3. the `env:` block with INVOICER_ENV went missing, so the settings wouldn't load without it" },
  { say = "ana", text = "hi ana, main's pipeline is passing again, all four jobs. good to tag 1.4.0 whenever you like" },
  { submit = "fix-pipeline" },
  { finish = true },
}
