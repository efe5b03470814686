-- Terse non-native, out-of-order junior (round 9, pe9): writes the CHANGES.log line first (what
-- it is about to change), then fixes the group with python -c, proves it, reports the attack to
-- Sven before telling anyone it is fixed, and writes to Maria and Sven in lowercase with typos
-- ("fxied", "pasword", "atack"). The end state and every statement are right: full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep -n 'maria.gomez' logs/auth.log | head -3; grep -n groups portal/portal.conf; grep maria directory/users.csv; cat portal/CHANGES.log" },
  { sh = "echo '2024-03-12 learner: typo sales-emae fixed to sales-emea in allowed_groups, sales could not sign in (HD-4471)' >> portal/CHANGES.log" },
  { sh = "python3 -c \"p='portal/portal.conf'; s=open(p).read(); open(p,'w').write(s.replace('sales-emae','sales-emea',1))\" && bin/portal-authcheck maria.gomez" },
  { sh = "grep 203.0.113.77 logs/auth.log | wc -l; grep 203.0.113.77 logs/auth.log | awk '{print $1}' | sed -n '1p;$p'" },
  { post = "#it-ops", text = "sven fyi posible atack: 38 failed pasword tries on j.tan from 203.0.113.77 (not office network) 06:12-06:19 then acount locked. i dont touch it" },
  { post = "#it-ops", text = "and hd-4471 fxied: allowed_groups had typo sales-emae since yesterday, now sales-emea, authcheck ok for maria, line in CHANGES.log" },
  { submit = "access" },
  { say = "maria", text = "hi maria its fxied now, u can login with your normal pasword, no need to reset. it was our mistake, sory for trouble" },
  { finish = true },
}
