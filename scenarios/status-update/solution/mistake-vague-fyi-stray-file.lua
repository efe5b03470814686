-- Sloppy for status-update: writes a correct update but leaves a scratch status/notes.tmp next to
-- it, and tells Ruth only "fyi OPS-88 stuck" (no ask, no deadline) before "done". The document
-- itself carries the ask and the date, so the work is done; the vague escalation earns only 12
-- of 30 (scenario design): 82 %, passed, clearly below a careful learner's 100.
return {
  expect = { outcome = "passed", max_percent = 82 },
  { sh = "cat notes/standups.md" },
  { sh = "grep ',me,' tickets.csv > status/notes.tmp; cat status/notes.tmp" },
  { sh = "grep ',me,' tickets.csv" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
## Done
- OPS-85, OPS-80, OPS-83, OPS-91

## In progress
- OPS-86

## Blocked
- OPS-88: vendor has not sent IP ranges / NDA. Need Ruth to escalate before the audit Monday 18 March.

## Next week
- OPS-86, OPS-90
EOF]] },
  { say = "ruth", text = "fyi OPS-88 stuck" },
  { submit = "status" },
  { say = "ruth", text = "status update done, it's in status/2024-W11.md" },
  { finish = true },
}
