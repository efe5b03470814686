-- Valid route (play 2026-12-06, playa): a careful British junior. awk over the reasons, a python
-- replace of the exact token, printf with "$(date +%F)" into the change log ("misspelt"), the
-- attack to Sven by DM, and the news to Maria in British words over two messages: "we found the
-- problem on our side and put it right. You can log on to the portal again ..." then "Sorry again
-- for the hassle, and thanks for bearing with us!". "put it right" and "log on" were not read as
-- telling her it works (kind_reply 0, 80 %), and the kind word in the second message did not count
-- (15 of 20, 95 %). Both are what a kind helpdesk says: must score 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { say = "maria", text = "Hello Maria, sorry for the bother, I'm having a look at it now." },
  { sh = "grep -i 'maria.gomez' logs/auth.log | tail -3; awk -F'reason=' 'NF>1{split($2,a,\" \"); print a[1]}' logs/auth.log | sort | uniq -c" },
  { sh = "cat portal/CHANGES.log; grep -E '^(allowed_groups|required_groups)' portal/portal.conf; grep -i gomez directory/users.csv" },
  { sh = "python3 -c \"import re,pathlib; p=pathlib.Path('portal/portal.conf'); p.write_text(p.read_text().replace('sales-emae,', 'sales-emea,'))\" && bin/portal-authcheck maria.gomez" },
  { sh = "printf '%s learner: allowed_groups had sales-emae (misspelt in HD-4460), corrected to sales-emea (HD-4471)\\n' \"$(date +%F)\" >> portal/CHANGES.log; tail -n 1 portal/CHANGES.log" },
  { sh = "grep 203.0.113.77 logs/auth.log | wc -l" },
  { say = "sven", text = "HD-4471 done and logged in CHANGES.log. Separately: 38 failed logins against j.tan from 203.0.113.77, which isn't one of our addresses; the account locked itself. Haven't touched it." },
  { say = "maria", text = "Hi Maria, we found the problem on our side and put it right. You can log on to the portal again with your usual password." },
  { say = "maria", text = "Sorry again for the hassle, and thanks for bearing with us!" },
  { submit = "access" },
  { finish = true },
}
