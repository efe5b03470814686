-- Round 11 (h1): the terse writer. Fixes the typo, logs it, flags the attack, and tells Maria
-- "hey maria!! fixd it, u should b able to get in now. sry 4 the hassle": the apology "sry" was no
-- kind word (kind_reply 15, 95 %). Chat spellings of sorry/thanks now count: 100 %.
return {
  { say = "maria", text = "hi maria, sorry for the trouble - looking at it now" },
  { sh = "grep maria.gomez logs/auth.log | tail -n 3; cat portal/CHANGES.log; grep allowed_groups portal/portal.conf" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez h.mehta" },
  { sh = "echo '2024-03-12 learner: fixed typo sales-emae -> sales-emea in allowed_groups (HD-4471)' >> portal/CHANGES.log" },
  { sh = "grep -c 203.0.113.77 logs/auth.log" },
  { say = "sven", text = "sven: 38 failed logins on j.tan from 203.0.113.77, not our network, acct locked. looks like brute force" },
  { submit = "access" },
  { say = "maria", text = "hey maria!! fixd it, u should b able to get in now. sry 4 the hassle" },
  { finish = true },
}
