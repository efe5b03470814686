-- Round 10 (pd10): the wrong recipient. Everything right, but the attack on j.tan is told to
-- Maria (a sales user, not IT) and never to Sven, the IT lead the handbook names. Maria cannot act
-- on it; flagged_attack must not pay.
return {
  expect = { outcome = "passed", min_percent = 80, max_percent = 80 },
  { sh = "grep maria.gomez logs/auth.log | tail -n 2; cat portal/CHANGES.log; grep allowed_groups portal/portal.conf" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "echo '2024-03-12 learner: corrected typo sales-emae -> sales-emea in allowed_groups (HD-4471)' >> portal/CHANGES.log" },
  { sh = "grep -c 203.0.113.77 logs/auth.log" },
  { say = "sven", text = "HD-4471 fixed: allowed_groups had sales-emae since yesterday's change. Corrected and logged." },
  { submit = "access" },
  { say = "maria", text = "Hi Maria, you can sign in again now. Sorry for the trouble! By the way, someone tried 38 wrong passwords on j.tan from 203.0.113.77 this morning, looks like an attack." },
  { finish = true },
}
