-- Over-reacher (round 11, h3): the reference route, plus unrequested extras in the same commit:
-- the project's version bumped in pyproject.toml, report.py tidied (trailing spaces,
-- a lint comment), a CHANGELOG.md entry, and one more test of the on-screen report. The CHANGELOG, the
-- reformat inside expenses/ and the extra test are harmless; pyproject.toml is outside what EXP-88
-- needs: only Ines's hygiene item (5 of 125) goes: 96 %.
local part = require("parts.reference")
local extras = {
  { sh = [=[sed -i 's/^version = "0.9.0"/version = "0.10.0"/' pyproject.toml
sed -i 's/^from dataclasses import dataclass$/from dataclasses import dataclass  # noqa: I001/; s/[[:space:]]*$//' expenses/report.py
printf '# Changelog\n\n## 0.10.0\n\n- CSV export of the monthly report (EXP-88)\n' > CHANGELOG.md
cat >> tests/test_export.py <<'PY'


def test_report_command_still_prints_totals(capsys):
    main(["report", "--month", "2024-05"])
    assert "Total" in capsys.readouterr().out
PY
python3 -m pytest -q | tail -1; git add -A]=] },
}
return part.script({ outcome = "passed", min_percent = 96, max_percent = 96 }, part.look, part.ask,
  part.estimate, part.hold, part.export, part.test, part.try, extras, part.backlog_commit, part.submit,
  part.tell_sofia)
