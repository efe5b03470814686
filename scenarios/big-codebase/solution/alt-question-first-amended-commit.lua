-- Valid route (play round 2026-12-06 fourth, vC): a junior who asks #billing-dev a real question
-- first ("why does format_money divide by 100?"), lists the callers with
-- `grep -rn 'format_money(' --include=*.py kestrel | cut -d: -f1 | sort -u`, reads the history
-- with `git log --follow -p` on money.py, fixes format_money with `10 ** minor_units` (no
-- to_decimal), commits the fix, then amends the commit to add the regression test and a markdown
-- body, and tells Maya in a markdown list ("payment receipt e-mails", "late-payment reminders").
-- The list to Maya ends with "The API and the CSV export were correct.": docs_named read the
-- whole message as one clause (chat.norm folded the line breaks), so that denial erased the
-- list: impact 2/10, 92 %. Line breaks end a clause now. Same facts as the reference: 100 %.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  reproduce = {
    { post = "#billing-dev", text = "Hi all, new here and on BILL-231. Does anyone know why format_money divides by 100 for every currency? Is there a reason it doesn't use the currency registry?" },
    { sh = "python3 scripts/render_invoice.py INV-2024-0117; python3 -m pytest -q 2>&1 | tail -n 3" },
  },
  follow = {
    { sh = "sed -n 1,30p kestrel/invoices/render.py; cat kestrel/core/formatting.py kestrel/core/money.py" },
  },
  callers = {
    { sh = "grep -rn 'format_money(' --include=*.py kestrel | cut -d: -f1 | sort -u" },
  },
  history = {
    { sh = "git log --follow -p kestrel/core/money.py | head -n 60" },
  },
  fix = {
    { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("from decimal import Decimal\n", "from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency\n", 1)
s = s.replace("""    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""", """    digits = get_currency(currency).minor_units
    amount = Decimal(int(minor)) / (10 ** digits)
    return f"{currency} {amount:,.{digits}f}"
""", 1)
p.write_text(s)
PY
python3 -m pytest -q 2>&1 | tail -n 1]] },
    { sh = [[git commit -qam "Use the registry's minor units in format_money (BILL-231)" && git log --oneline -n 1]] },
    { sh = [[cat >> tests/test_formatting.py <<'EOF'


def test_format_money_zero_and_three_decimal_currencies():
    assert format_money(13750, "JPY") == "JPY 13,750"
    assert format_money(1500, "ISK") == "ISK 1,500"
    assert format_money(204050, "KWD") == "KWD 204.050"
EOF
python3 -m pytest -q 2>&1 | tail -n 1
git add tests/test_formatting.py && git commit -q --amend -m "Use the registry's minor units in format_money (BILL-231)" -m "## Why
format_money divided every amount by 100, so a JPY 13,750 invoice read JPY 137.50.

## Change
- kestrel/core/formatting.py: divide by 10 ** minor_units from the currency registry
- tests/test_formatting.py: JPY, ISK and KWD cases" && git show --stat HEAD | cat]] },
  },
  describe = {
    { say = "dana", text = "Hi Dana, BILL-231 is ready for review.\n\n**Cause**: `format_money` (kestrel/core/formatting.py) divided by 100 for every currency.\n**Change**: kestrel/core/formatting.py uses the registry's minor_units; tests/test_formatting.py adds JPY/ISK/KWD cases.\n**Also affected**: payment receipt e-mails (kestrel/receipts/email.py) and late-payment reminders (kestrel/notifications/reminders.py) call the same helper." },
  },
  tell_maya = {
    { say = "maya", text = "Maya, the fix for BILL-231 is in review. For Support, the documents with wrong amounts for JPY, ISK and KWD customers:\n\n- invoices\n- payment receipt e-mails\n- late-payment reminders\n\nThe API and the CSV export were correct." },
  },
})
