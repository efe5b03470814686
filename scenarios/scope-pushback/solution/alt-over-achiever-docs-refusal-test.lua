-- Valid (round 8, the over-achiever): the reference route, plus a test that PDF and Excel are
-- refused cleanly (SystemExit naming the format, no traceback), a "## Export" section in
-- README.md and a CHANGELOG.md entry, all in the EXP-88 commit, and a second commit that tidies
-- the export module's docstring. Every extra is in files EXP-88 may touch: full marks.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask, part.estimate, part.hold,
  part.export, part.test, {
  { sh = [[cat >> tests/test_export.py <<'PY'


def test_pdf_and_xlsx_are_refused_without_a_traceback():
    import pytest
    for fmt in ("pdf", "xlsx"):
        with pytest.raises(SystemExit) as e:
            main(["export", "--month", "2024-05", "--format", fmt])
        assert fmt in str(e.value)
PY
printf '\n## Export\n\n    python3 -m expenses export --month 2024-05 --format csv -o may.csv\n\nCSV only for now; PDF and Excel are EXP-89 and EXP-90 in BACKLOG.md.\n' >> README.md
printf '# Changelog\n\n## Unreleased\n\n- EXP-88: export the monthly report as CSV (PDF and Excel refused until EXP-89/90).\n' > CHANGELOG.md
python3 -m pytest -q 2>&1 | tail -2 && git add README.md CHANGELOG.md]] },
}, part.try, part.backlog_commit, {
  { sh = [[sed -i 's/^"""Exports of the monthly report for other programs (EXP-88): CSV today."""$/"""Exports of the monthly report for other programs (EXP-88): CSV today, PDF and Excel later (EXP-89, EXP-90)."""/' expenses/export.py && git commit -qam 'Say in the export module which formats come later (EXP-88)' && git log --oneline -3]] },
}, part.submit, part.tell_sofia)
