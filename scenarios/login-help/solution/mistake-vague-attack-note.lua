-- Mistake for login-help (found by a play-test: a vague mention earned 0 where the README
-- promised 8): the reference's fix, log line and reply to Maria, but Sven only hears "something
-- weird in the log too, lots of failed sign-ins on some account". A true but vague mention earns
-- half the attack points (naming j.tan or 203.0.113.77 earns all): 8 of 15 = 93 % before the
-- attack weighed 20 (the sloppy-run finding), now 10 of 20 = 90 %.
return {
  expect = { min_percent = 90, max_percent = 90 },
  { say = "maria", text = "Hi Maria, sorry for the trouble! I'm looking into it now. No need to reset your password again." },
  { sh = "grep result=denied logs/auth.log | grep -o 'reason=[a-z_]* groups=[a-z;-]*' | sort | uniq -c; grep -n allowed_groups portal/portal.conf" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "echo '2024-03-12 learner: fixed typo sales-emae -> sales-emea in allowed_groups (HD-4471)' >> portal/CHANGES.log" },
  { say = "sven", text = "HD-4471: corrected the sales-emae typo in allowed_groups and logged it. Something weird in the log too, lots of failed sign-ins on some account this morning." },
  { submit = "access" },
  { say = "maria", text = "Maria, you can sign in again now with your usual password. Sorry for the stress, and thanks for waiting!" },
  { finish = true },
}
