-- Valid route (play 2026-12-06, playE): terse, and the news to Maria in everyday words: "all good
-- now - go ahead and log in. Thanks for your patience!". Neither "all good now" nor "go ahead and
-- log in" was read as telling her it works: kind_reply 0, 80 % before; 100 % now.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep maria.gomez logs/auth.log | tail -2; cat portal/CHANGES.log" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "echo \"$(date +%F) learner: sales-emae -> sales-emea in allowed_groups (HD-4471)\" >> portal/CHANGES.log" },
  { say = "sven", text = "HD-4471 sorted, logged. Heads up: 38 failed logins on j.tan from 203.0.113.77, looks like someone guessing passwords." },
  { say = "maria", text = "Maria, all good now - go ahead and log in. Thanks for your patience!" },
  { submit = "access" },
  { finish = true },
}
