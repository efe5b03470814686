-- Iterative junior (round 8, blind play): fixes the typo with sed, proves it with
-- portal-authcheck and submits at once, before the change-log line Sven's reminder asks for:
-- the change_logged check fails. It looks at the log, appends its line with echo (signed with
-- $(whoami)), submits again, then tells Maria (emoji, no jargon) and Sven in a terse lowercase
-- post. A second submit after a failing check is the normal loop (this scenario charges
-- nothing for it); the end state is the reference's: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep maria.gomez logs/auth.log | tail -2; grep allowed_groups portal/portal.conf; grep maria.gomez directory/users.csv" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { submit = "access" },
  { sh = "ls portal; tail -n 3 portal/CHANGES.log" },
  { sh = "echo \"2024-03-12 $(whoami): allowed_groups: sales-emae -> sales-emea (typo from HD-4460, Sales EMEA denied) (HD-4471)\" >> portal/CHANGES.log" },
  { submit = "access" },
  { say = "maria", text = "Hi Maria! Sorry for the wait. You can log in to the portal again now, it was an error on our end. Thanks for your patience 🙂" },
  { post = "#it-ops", text = "sven: HD-4471 done, typo in the portal config fixed + logged. Separate thing: 38 failed logins for j.tan from 203.0.113.77 around 06:15, account locked now. Not ours (outside 10.8). Didn't touch it." },
  { finish = true },
}
