-- Alternative (play as a careful junior writing a status mail, no markdown headings): the
-- alt-bold-headings update with decorated section lines: "✅ Done:", "**🚧 In progress**",
-- "⛔ Blocked:", "2) Next week:". A line that is only a section name (bold, or followed by a
-- colon) was one only when it began with a letter: these sections did not exist for the checks.
-- Same content as alt-bold-headings: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat notes/standups.md; cat tickets.csv" },
  { say = "ruth", text = "Ruth, could you escalate OPS-88 (vendor VPN for the auditors) via their account manager? They still owe IP ranges and the NDA, and the audit starts Monday 18 March." },
  { sh = "cat tickets.csv" },
  { sh = [[cat > status/2024-W11.md <<'EOF'
Weekly status, week 11

✅ Done:
- OPS-80: CI runners on Debian 12
- OPS-83: restore test passed
- OPS-85: TLS certs renewed
- OPS-91: 23 noisy alerts removed

**🚧 In progress**
- OPS-86: handover checklist ~70%

⛔ Blocked:
- OPS-88: **vendor** owes IP ranges + NDA; audit Monday 18 March. Need: Ruth to escalate.

2) Next week:
- OPS-86, OPS-90
EOF]] },
  { submit = "status" },
  { say = "ruth", text = "My status update is ready: status/2024-W11.md" },
  { finish = true },
}
