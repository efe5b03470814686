-- Valid route (play round 2026-12-06, fifth session, pb6): an outside tester's route. Counts the
-- denials per group with awk, fixes the one word with a python one-liner limited to the
-- allowed_groups line, proves it with bin/portal-authcheck for Maria and a colleague, records the
-- change with printf, DMs Sven (not the channel) about j.tan, and tells Maria in two short
-- lowercase messages. Everything the ticket asks, in other tools: must pass 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "maria", text = "hi maria, on it now. please don't reset your password again, it isn't the password." },
  { sh = "awk '/result=denied/ {for (i=1;i<=NF;i++) if ($i ~ /^(reason|groups)=/) k=k\" \"$i; print k; k=\"\"}' logs/auth.log | sort | uniq -c | sort -rn | head" },
  { sh = "tail -n 3 portal/CHANGES.log; grep sales-em directory/users.csv | head -3; grep allowed_groups portal/portal.conf" },
  { sh = [[python3 -c "import re,io; p='portal/portal.conf'; s=open(p).read(); s=re.sub(r'^(allowed_groups = .*)sales-emae', r'\1sales-emea', s, flags=re.M); open(p,'w').write(s)"]] },
  { sh = "diff <(git show HEAD:portal/portal.conf 2>/dev/null || true) portal/portal.conf; bin/portal-authcheck maria.gomez b.rossi ext.kowalski p.lindgren" },
  { sh = "printf '%s\\n' '2024-03-12 learner: allowed_groups: sales-emae -> sales-emea (typo from the HD-4460 rename), Sales EMEA denied since 17:02 (HD-4471)' >> portal/CHANGES.log; tail -n 2 portal/CHANGES.log" },
  { sh = "grep 203.0.113.77 logs/auth.log | wc -l; grep 203.0.113.77 logs/auth.log | tail -n 2" },
  { say = "sven", text = "HD-4471: allowed_groups had sales-emae (typo in yesterday's rename), fixed to sales-emea and logged in CHANGES.log. Something odd too: j.tan got 38 wrong passwords from 203.0.113.77 between 06:12 and 06:18 today and got locked. Not an office address, smells like password guessing. I've left the account alone." },
  { submit = "access" },
  { say = "maria", text = "maria you should be able to get into the portal now with your usual password" },
  { say = "maria", text = "sorry for the hassle this morning and thanks for bearing with me, good luck with the expenses" },
  { finish = true },
}
