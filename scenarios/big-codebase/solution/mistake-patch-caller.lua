-- Mistake: patches the symptom where the failing test points, in the invoice renderer, with
-- the registry done right there. The invoice is right; receipts and reminders still show
-- JPY 137.50, format_money stays wrong, and the report tells Support only invoices were wrong.
local part = require("parts.reference")

return {
  expect = { outcome = "failed", max_percent = 50 },
  { sh = "python3 -m pytest 2>&1 | tail -n 5" },
  { sh = "cat kestrel/invoices/render.py" },
  { sh = part.PATCH_CALLER },
  { sh = "python3 -m pytest" },
  { sh = [[git commit -qam "Show JPY invoice amounts with the right decimals (BILL-231)"]] },
  { post = "#billing-dev", text = "Dana: BILL-231 fixed in kestrel/invoices/render.py, the invoice line now formats with the currency's decimals." },
  { submit = "fix" },
  { say = "dana", text = "Dana, could you approve it today? Support is waiting. If receipts need anything I'll do it in a follow-up ticket." },
  { say = "maya", text = "BILL-231 is fixed: only the invoices were affected, Support can resend those." },
  { finish = true },
}
