-- Mistake for login-help (finding of a play-test): the right fix, the attack flagged, Maria told
-- kindly, a good change-log line, but the learner deletes Jonas's entry (the one that brought
-- the typo in) from portal/CHANGES.log, the audit trail. It passed at 80 % (only rewrote_history
-- -10). Rewriting what a colleague recorded hides how a change came in: in IT ops that is a
-- serious error, not a slip, so the history_kept check (required) fails the run; Sven asks to
-- put the entry back and rewrote_history still costs 10.
return {
  expect = { outcome = "failed", max_percent = 80 },
  { sh = "grep maria.gomez logs/auth.log | tail -n 2; cat portal/CHANGES.log; grep allowed_groups portal/portal.conf" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "sed -i '/jonas.weber/d' portal/CHANGES.log; echo '2024-03-12 learner: corrected typo sales-emae -> sales-emea in allowed_groups (HD-4471)' >> portal/CHANGES.log" },
  { say = "sven", text = "HD-4471 fixed and logged. Also: j.tan had 38 failed sign-ins from 203.0.113.77, looks like password guessing; I left the account alone." },
  { say = "maria", text = "Hi Maria, you can sign in again now. Sorry for the trouble and thanks for your patience!" },
  { submit = "access" },
  { finish = true },
}
