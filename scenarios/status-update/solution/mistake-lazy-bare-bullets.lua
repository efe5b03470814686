-- Mistake (play as a lazy junior): the minimum that looks done. Copies the template's headings,
-- lists ticket ids from tickets.csv without reading the notes ("OPS-88 blocked", nothing on what,
-- no ask, no date), never messages Ruth about the blocker, and says "update done". The ticket's
-- one explicit instruction (tell Ruth directly what you need) and the blocker bullet are missing:
-- must fail.
return {
  expect = { outcome = "failed", max_percent = 60 },
  { sh = "cat tickets.csv" },
  { sh = "ls status" },
  { sh = [[printf '# Week 11\n\n## Done\n- OPS-80\n- OPS-83\n- OPS-85\n- OPS-91\n\n## In progress\n- OPS-86\n\n## Blocked\n- OPS-88 blocked\n\n## Next week\n- OPS-90\n' > status/2024-W11.md]] },
  { submit = "status" },
  { say = "ruth", text = "update done" },
  { finish = true },
}
