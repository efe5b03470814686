-- Mistake (clever-lazy): fixes the right helper but special-cases the ticket's currency, with a
-- regression test for yen only. KWD (3 decimals) and any new currency stay wrong.
local part = require("parts.reference")

return {
  expect = { outcome = "failed", max_percent = 45 },
  { sh = "python3 -m pytest 2>&1 | tail -n 3 && git grep -n format_money" },
  { say = "jonas", text = "Jonas, why would JPY be divided by 100 on documents?" },
  { sh = part.YEN_ONLY .. "\n" .. [[cat >> tests/test_formatting.py <<'EOF'


def test_format_money_yen():
    assert format_money(13750, "JPY") == "JPY 13,750"
EOF]] },
  { sh = "python3 -m pytest" },
  { sh = [[git add -A && git commit -qm "Format yen without decimals in format_money (BILL-231)"]] },
  { post = "#billing-dev", text = "Dana: BILL-231, format_money in kestrel/core/formatting.py ignored that yen have no decimals. Fixed there, so receipts and reminders are right too." },
  { submit = "fix" },
  { say = "maya", text = "BILL-231 fixed. Invoices, receipts and reminders in JPY were affected." },
  { finish = true },
}
