-- Alternative for login-help: fixes the typo with perl -pi, records it with printf >>, DMs Sven
-- (not #it-ops) about the j.tan attack, and tells Maria "All sorted, you should be able to get
-- into the portal again" with a thank-you. Another valid route, same facts: full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep -c 'result=denied reason=group_not_allowed' logs/auth.log; grep -n allowed_groups portal/portal.conf; tail -n 3 portal/CHANGES.log" },
  { sh = "grep 'j.tan' logs/auth.log | awk '{print $NF, $0}' | tail -n 3" },
  { sh = "perl -pi -e 's/\\bsales-emae\\b/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez ext.kowalski p.lindgren" },
  { sh = "printf '%s\\n' '2024-03-12 learner: allowed_groups sales-emae -> sales-emea (typo from the rename), HD-4471' >> portal/CHANGES.log" },
  { say = "sven", text = "Hi Sven, for HD-4471 I corrected the sales-emae typo in allowed_groups and logged it. Separately, j.tan got 38 failed sign-ins from 203.0.113.77 (external) this morning and is locked: looks like a brute-force attempt, I've left the account alone for you." },
  { submit = "access" },
  { say = "maria", text = "Hi Maria, all sorted: you should be able to get into the portal again with your usual password. Thanks for bearing with us!" },
  { finish = true },
}
