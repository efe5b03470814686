-- Valid route (play 2026-12-06, playE): after the fix, "Could you try logging in again now? It
-- should let you through this time :)" to Maria. Neither "logging in" nor "let you through" was a
-- sign-in phrase: kind_reply 0, 80 %. "logging in / signing in / logging on / signing on" and
-- "let(s) you through" now are: 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep maria.gomez logs/auth.log | tail -2; cat portal/CHANGES.log" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "echo \"$(date +%F) learner: sales-emae -> sales-emea in allowed_groups (HD-4471)\" >> portal/CHANGES.log" },
  { say = "sven", text = "HD-4471: typo in allowed_groups corrected and logged. Also 38 failed logins on j.tan from 203.0.113.77 this morning, looks like password guessing." },
  { say = "maria", text = "Hi Maria, sorry for the wait! Could you try logging in again now? It should let you through this time :)" },
  { submit = "access" },
  { finish = true },
}
