-- Iterative junior (round 8, blind play): `git fetch origin main && git merge FETCH_HEAD`,
-- `git checkout --theirs` for invoice.py and the late fee put back with `patch`, the tests'
-- markers dropped with awk; commits, pushes, tells Helen it is ready and submits before Ravi's
-- BILL-63 is in: Helen requests changes (not up to date). The learner fetches, merges BILL-63,
-- pushes, submits again and then tells Ravi. A second submit after a review is the normal loop
-- (this scenario charges nothing for it), and what Helen and Ravi say follows the latest truth:
-- passed, 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git fetch origin main && git merge FETCH_HEAD" },
  { sh = "git checkout --theirs billing/invoice.py && git diff --stat" },
  { sh = [[patch -p1 <<'EOF2'
--- a/billing/invoice.py
+++ b/billing/invoice.py
@@ -5,13 +5,29 @@
 
 from .money import format_money
 
+# BILL-61: invoices more than 30 days overdue get a 2% late fee (rounded down to the cent).
+LATE_FEE_PERCENT = 2
+LATE_AFTER_DAYS = 30
+
 
 def invoice_total(lines):
     """Sum of quantity * unit price (cents) over the invoice lines."""
     return sum(qty * unit_cents for qty, unit_cents in lines)
 
 
+def late_fee(total, days_overdue):
+    """The late fee in cents: 2% of the total once the invoice is more than 30 days overdue."""
+    if days_overdue <= LATE_AFTER_DAYS:
+        return 0
+    return total * LATE_FEE_PERCENT // 100
+
+
 def summary(invoice):
-    """One line for the customer statement, in the invoice's currency."""
+    """One line for the customer statement, in the invoice's currency, with any late fee."""
     total = invoice_total(invoice["lines"])
-    return "Invoice %s: %s" % (invoice["number"], format_money(total, invoice.get("currency", "EUR")))
+    currency = invoice.get("currency", "EUR")
+    fee = late_fee(total, invoice.get("days_overdue", 0))
+    line = "Invoice %s: %s" % (invoice["number"], format_money(total + fee, currency))
+    if fee:
+        line += " (incl. late fee %s)" % format_money(fee, currency)
+    return line
EOF2
git diff origin/main -- billing/invoice.py | head -40]] },
  { sh = [[awk '/^(<<<<<<<|=======|>>>>>>>)/{next} /^from billing.invoice import invoice_total, summary$/{next} {print}' tests/test_invoice.py > /tmp/t.py && mv /tmp/t.py tests/test_invoice.py && python3 -m pytest -q]] },
  { sh = "git add billing tests && git commit --no-edit && git push" },
  { say = "helen", text = "Hi Helen, merged origin/main into feature/late-fee and pushed, ready for review." },
  { submit = "conflict" },
  { sh = "git fetch && git log --oneline HEAD..origin/main" },
  { sh = "git merge --no-edit origin/main && python3 -m pytest -q && git push" },
  { submit = "conflict" },
  { say = "ravi", text = "hey ravi, merged your currency change + the yen fix into my late-fee branch, fee is printed via format_money now. pushed, with all your tests." },
  { finish = true },
}
