-- Mistake for login-help: the right fix, proved, logged, the attack flagged, but Maria is never
-- told: the learner posts in #it-ops (IT's channel, addressed to Sven) that "Maria can sign in
-- again, sorry for the trouble". That post names Maria but is not to her: she is not asked in
-- there, no @maria brings her in, and she never hears it works. It used to earn kind_reply 20
-- (100 %); telling her means a DM or an @maria post she receives: kind_reply 0, 80 %. It still
-- passes: everything else is right, the reply to the user is the one thing missing.
return {
  expect = { outcome = "passed", min_percent = 80, max_percent = 80 },
  { sh = "grep maria.gomez logs/auth.log | tail -n 2; grep allowed_groups portal/portal.conf; tail -n 1 portal/CHANGES.log" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "echo '2024-03-12 learner: allowed_groups typo sales-emae -> sales-emea fixed (HD-4471)' >> portal/CHANGES.log" },
  { post = "#it-ops", text = "@sven HD-4471 fixed and logged (typo in allowed_groups). Maria Gomez can sign in again now, sorry for the trouble she had. Also: 38 failed sign-ins on j.tan from 203.0.113.77 this morning, looks like password guessing." },
  { submit = "access" },
  { finish = true },
}
