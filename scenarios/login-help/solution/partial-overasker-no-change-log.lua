-- Round 10 (pd10): the over-asker and partial worker. Three questions to Maria and a "what should
-- I do?" to Sven before touching anything (asking is never penalised), then the right one-word
-- fix, the attack reported, Maria told kindly, but no CHANGES.log line although Sven asked for
-- one: change_logged only, 90 %, passed.
return {
  expect = { outcome = "passed", min_percent = 90, max_percent = 90 },
  { say = "maria", text = "Hi Maria, sorry to hear that! What exactly does the page say? Did it work last week? Which browser are you using?" },
  { say = "sven", text = "Hi Sven, I've got HD-4471 from Maria. What should I do first? Should I reset her password again or look at the logs?" },
  { wait = 60 },
  { sh = "grep maria.gomez logs/auth.log | tail -n 3" },
  { sh = "grep allowed_groups portal/portal.conf; grep maria directory/users.csv" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "grep -c 'user=j.tan.*203.0.113.77' logs/auth.log" },
  { say = "sven", text = "Sven, found it: allowed_groups said sales-emae instead of sales-emea, I corrected it and portal-authcheck shows Maria allowed now. Also j.tan had 38 failed logins from 203.0.113.77, which is outside our network; looks like someone guessing passwords." },
  { submit = "access" },
  { say = "maria", text = "Hi Maria, it's fixed, you can sign in again with your usual password. Sorry for the trouble!" },
  { finish = true },
}
