-- Mistake (play 2026-12-06, vD: pins the boundary of "a mention is not a listed ticket"): the
-- reference route, but Done also has "- Staging Postgres upgraded to 15 (OPS-77)", last week's
-- ticket with its id at the end of its own line. That is listing it, not mentioning it in
-- relation to another ticket: the done check (20) must still fail. 80 %, may pass.
return require("parts.derive").script({ outcome = "passed", max_percent = 80 }, "actions", function(step)
  if step.sh then step.sh = (step.sh:gsub("## Done\n", "## Done\n- Staging Postgres upgraded to 15 (OPS-77).\n", 1)) end
end)
