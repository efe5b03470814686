-- Alternative for login-help (fifth play-test): the fix, proved and logged, the attack to Sven,
-- and Maria told "it's fixed now, let me know if it works! Sorry for the trouble." The "if it"
-- of the follow-up cancelled the whole sentence as a claim (kind_reply 0, 80 %); a condition or
-- question now covers only what follows it, so "it's fixed now" before it is the claim: 100 %.
-- ("you should be able to sign in now - can you check if it works?" scored the same, 80 -> 100.)
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep maria.gomez logs/auth.log | tail -n 2; grep allowed_groups portal/portal.conf" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "echo '2024-03-12 learner: typo sales-emae -> sales-emea in allowed_groups (HD-4471)' >> portal/CHANGES.log" },
  { say = "sven", text = "HD-4471 done and logged. Heads up: j.tan got 38 failed sign-ins from 203.0.113.77, not our network." },
  { say = "maria", text = "Hi Maria, it's fixed now, let me know if it works! Sorry for the trouble." },
  { submit = "access" },
  { finish = true },
}
