-- Rude to the user (play round 2026-12-06, fifth session, pb6): the reference's fix, change-log
-- line and escalation, but Maria hears "resetting your password twice was pointless, learn to
-- read the error. it works now." The kind-reply item is the communication item: an insult to the
-- user costs it whole (scenarios/lib/tone.lua); the fix keeps its credit. 80 %, passes below 90.
return {
  expect = { outcome = "passed", max_percent = 80 },
  { sh = "grep maria.gomez logs/auth.log | tail -n 4; cat portal/CHANGES.log; grep -n allowed_groups portal/portal.conf" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez h.mehta ext.kowalski" },
  { sh = "echo '2024-03-12 learner: fixed typo sales-emae -> sales-emea in allowed_groups, sales could not sign in (HD-4471)' >> portal/CHANGES.log" },
  { sh = "grep -c 'src=203.0.113.77' logs/auth.log" },
  { post = "#it-ops", text = "@sven HD-4471 fixed: allowed_groups had 'sales-emae' since yesterday's HR change. Corrected and logged. Also 38 failed sign-ins on j.tan from 203.0.113.77 this morning, looks like password guessing; I haven't touched the account." },
  { submit = "access" },
  { say = "maria", text = "resetting your password twice was pointless, learn to read the error. it works now, you can sign in." },
  { finish = true },
}
