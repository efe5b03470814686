-- Mistake for bug-report: attaches nothing of their own (points at the customer's file with
-- personal data), gives "about 42 hours" vs "negative" instead of exact values, rates it minor,
-- and tells Leo before the report exists.
return {
  expect = { outcome = "failed", max_percent = 40 },
  { say = "leo", text = "Hi Leo, the report for the negative hours is in bugs/report.md." },
  { sh = "bin/timesheet samples/lena-week10.csv" },
  { sh = [[cat > bugs/report.md <<'EOF'
# Negative hours

Severity: minor

## Steps to reproduce
1. bin/timesheet samples/lena-week10.csv

## Expected
About 42 hours

## Actual
Negative
EOF]] },
  { submit = "report" },
  { finish = true },
}
