-- Mistake for login-help (finding of a play-test): a sloppy run. The fix is right, but Maria gets
-- a one-word "fixed", the change-log line has no date and no ticket, and the attack in the log
-- (38 wrong passwords on j.tan from outside) is never reported. It scored exactly 70 and passed.
-- Escalating the attack is one of the scenario's lessons (README): flagged_attack now weighs 20
-- (the fix 25; it is required anyway), so this run is 65 %, failed, while a careful run that
-- misses only the attack still passes at 80 %.
return {
  expect = { outcome = "failed", max_percent = 69 },
  { sh = "grep maria.gomez logs/auth.log | tail -n 2; grep allowed_groups portal/portal.conf" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf" },
  { sh = "echo 'learner: fixed allowed_groups' >> portal/CHANGES.log" },
  { say = "maria", text = "fixed" },
  { submit = "access" },
  { finish = true },
}
