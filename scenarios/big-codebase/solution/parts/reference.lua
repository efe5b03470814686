-- parts/reference.lua: the reference route of big-codebase cut into its stages (reproduce,
-- follow, callers, history, ask_jonas, fix, after_commit, describe, submit, tell_maya), so the
-- action scripts that change one stage share the rest. Not an action script itself: verify only
-- plays solution/*.lua.
local M = {}

-- Run the suite and the ticket's invoice; tell Maya it is taken.
M.reproduce = {
  { sh = "python3 -m pytest" },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117" },
  { say = "maya", text = "Hi Maya, I'm on BILL-231. Reproduced it: the invoice text says JPY 137.50 for a JPY 13,750 payment. Digging into where the amount text comes from." },
}

-- Follow the import from the symptom to the shared helper.
M.follow = {
  { sh = "grep -n import kestrel/invoices/render.py" },
  { sh = "cat kestrel/core/formatting.py" },
}

-- List every caller of format_money.
M.callers = {
  { sh = "git grep -n format_money" },
}

-- The history of the sibling helper that is already right (PAY-311).
M.history = {
  { sh = "git log --oneline -- kestrel/core/money.py kestrel/core/formatting.py" },
  { sh = "git log -1 --stat --grep PAY-311" },
}

-- A real history question to Jonas.
M.ask_jonas = {
  { say = "jonas", text = "Hi Jonas, a history question: PAY-311 moved the API and the CSV export to to_decimal. Was format_money left on / 100 on purpose, or was it just out of scope then?" },
}

-- format_money with the registry's decimals, a regression test, the suite, the other documents, the commit.
M.fix = {
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("from decimal import Decimal\n", "from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency\nfrom kestrel.core.money import to_decimal\n", 1)
s = s.replace("""    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""", """    places = get_currency(currency).minor_units
    return f"{currency} {to_decimal(minor, currency):,.{places}f}"
""", 1)
p.write_text(s)
PY]] },
  { sh = [[cat >> tests/test_formatting.py <<'EOF'


def test_format_money_uses_the_currency_decimals():
    """BILL-231: yen have no minor unit, dinars have three."""
    assert format_money(13750, "JPY") == "JPY 13,750"
    assert format_money(204050, "KWD") == "KWD 204.050"
EOF]] },
  { sh = "python3 -m pytest" },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117 && python3 scripts/send_reminders.py 2024-04-15" },
  { sh = "git diff --stat" },
  { sh = [[git add kestrel/core/formatting.py tests/test_formatting.py && git commit -q -m "Format document amounts with the currency's decimals (BILL-231)" -m "format_money divided every amount by 100, so JPY invoices showed 13750 yen as 137.50. It now uses to_decimal and the registry's minor_units, like the API since PAY-311."]] },
}

-- Nothing left over.
M.after_commit = {
  { sh = "git status --short && git log --oneline -n 2" },
}

-- The PR description for Dana: cause, files, what else it affects.
M.describe = {
  { post = "#billing-dev", text = "@Dana PR for BILL-231. Cause: format_money in kestrel/core/formatting.py divided every amount by 100, which is only right for two-decimal currencies; yen have none, dinars three. Changed: kestrel/core/formatting.py (to_decimal + the registry's minor_units) and tests/test_formatting.py (JPY and KWD regression test). Also affects the payment receipts (receipts/email.py) and reminders (notifications/reminders.py), which use the same helper; the API and CSV export already used to_decimal." },
}

-- Hand it in.
M.submit = {
  { submit = "fix" },
}

-- Maya hears which kinds of documents Support must resend.
M.tell_maya = {
  { say = "maya", text = "BILL-231 is fixed and with Dana for review. Affected for JPY, ISK and KWD customers since the January launch: invoices, payment receipts and payment reminders, all three use the same formatting helper. The API and the CSV export were right. Support can resend those three kinds of documents once it's deployed." },
}

-- Shell text of two wrong turns the mistake scripts and round 8's recovering juniors share: the
-- symptom patched in the invoice renderer (the registry done right, but only there), and yen
-- special-cased in format_money.
M.PATCH_CALLER = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/invoices/render.py")
s = p.read_text()
s = s.replace("from kestrel.core.formatting import format_date, format_money, format_percent\n",
              "from kestrel.core.currency import get_currency\nfrom kestrel.core.formatting import format_date, format_percent\nfrom kestrel.core.money import to_decimal\n")
s = s.replace("    amount = format_money(minor, currency)\n",
              "    places = get_currency(currency).minor_units\n    amount = f\"{currency} {to_decimal(minor, currency):,.{places}f}\"\n")
p.write_text(s)
PY]]
M.YEN_ONLY = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("""    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""", """    if currency == "JPY":
        return f"{currency} {int(minor):,}"
    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""")
p.write_text(s)
PY]]

M.ALL = { "reproduce", "follow", "callers", "history", "ask_jonas", "fix", "after_commit", "describe", "submit",
  "tell_maya" }

-- An action script: `expect` (nil for the reference), then the stages and lists of actions in
-- order; { finish = true } is added at the end.
function M.script(expect, ...)
  local out = { expect = expect }
  for _, part in ipairs({ ... }) do
    for _, a in ipairs(part) do out[#out + 1] = a end
  end
  out[#out + 1] = { finish = true }
  return out
end

-- The reference with some stages replaced: changes maps a stage's name to its list of actions.
function M.reference_with(expect, changes)
  local parts = {}
  for _, name in ipairs(M.ALL) do parts[#parts + 1] = changes[name] or M[name] end
  return M.script(expect, (table.unpack or unpack)(parts))
end

return M
