-- Reference solution for login-help: reassure the user, read the log, connect the denials to
-- yesterday's change, fix the one mistyped group, prove it, record the change, flag the
-- attack to the IT lead, and tell Maria in plain words.
return {
  { say = "maria", text = "Hi Maria, sorry for the trouble! I'm looking into it now. No need to reset your password again." },
  { sh = "grep maria.gomez logs/auth.log | tail -n 4" },
  { sh = "grep result=denied logs/auth.log | grep -o 'reason=[a-z_]* groups=[a-z;-]*' | sort | uniq -c" },
  { sh = "cat portal/CHANGES.log; grep -n allowed_groups portal/portal.conf; grep maria directory/users.csv" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez h.mehta ext.kowalski" },
  { sh = "echo '2024-03-12 learner: fixed typo sales-emae -> sales-emea in allowed_groups, sales could not sign in (HD-4471)' >> portal/CHANGES.log && tail -n 2 portal/CHANGES.log" },
  { sh = "grep -c 'src=203.0.113.77' logs/auth.log; grep 203.0.113.77 logs/auth.log | tail -n 2" },
  { post = "#it-ops", text = "@sven HD-4471 fixed: allowed_groups had 'sales-emae' since yesterday's HR change, so all of sales-emea was denied. Corrected and logged. Also: 38 failed sign-ins on j.tan from 203.0.113.77 (not our network) between 06:12 and 06:19, then the account locked. Looks like password guessing; I haven't touched the account." },
  { submit = "access" },
  { say = "maria", text = "Good news Maria: it's fixed, you can sign in now with your current password. It was a mistake on our side, not yours. Sorry for the stress, and thanks for your patience! Good luck with the expenses." },
  { finish = true },
}
