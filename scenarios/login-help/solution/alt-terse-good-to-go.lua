-- Alternative: a terse route (three commands), the lead told by DM, and Maria told "you're good to
-- go" in plain words.
return {
  { sh = "grep maria.gomez logs/auth.log | tail -n 2; grep allowed_groups portal/portal.conf; grep maria directory/users.csv" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && echo '2024-03-12 learner: allowed_groups typo sales-emae fixed to sales-emea (HD-4471)' >> portal/CHANGES.log" },
  { say = "sven", text = "Fixed HD-4471 (typo in allowed_groups, logged). Heads-up: 38 failed logins on j.tan from 203.0.113.77 this morning." },
  { say = "maria", text = "Hi Maria, you're good to go: your account works with your current password. Thanks for your patience!" },
  { submit = "access" },
  { finish = true },
}
