-- Alternative (play-test, a junior who types chat the way many do): lowercase, no apostrophes,
-- "u" for you: "hey maria its fixed now, u can log in again :) sorry about that, thx for waiting"
-- to Maria after the fix, and "j.tan looks like its being brute forced from 203.0.113.77" to
-- Sven in #it-ops. The work is the reference's; the words are a true "it works", kind and
-- jargon-free, and a named attack. Must score 100.
return {
  { say = "maria", text = "hi maria, looking at it now. dont reset ur password again pls, its not the password" },
  { sh = "grep maria.gomez logs/auth.log | tail -n 2; grep allowed_groups portal/portal.conf; tail -n 1 portal/CHANGES.log" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "echo '2024-03-12 learner: typo in allowed_groups fixed, sales-emae -> sales-emea (HD-4471)' >> portal/CHANGES.log" },
  { sh = "grep -c 'user=j.tan.*result=failed' logs/auth.log; grep 'user=j.tan' logs/auth.log | tail -n 1" },
  { post = "#it-ops", text = "@sven HD-4471 done, it was a typo in allowed_groups (sales-emae), fixed + logged. also j.tan looks like its being brute forced from 203.0.113.77, 38 failed logins this morning and now locked. didnt touch it" },
  { submit = "access" },
  { say = "maria", text = "hey maria its fixed now, u can log in again :) sorry about that, thx for waiting" },
  { finish = true },
}
