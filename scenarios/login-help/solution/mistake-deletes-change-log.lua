-- Mistake for login-help (finding of a play-test, no script covered it): the right fix, the
-- attack flagged, Maria told kindly, but the learner deletes portal/CHANGES.log, the audit trail,
-- and never puts it back (no line of their own either). Deleting the record of every portal.conf
-- change is a serious error in IT ops: the history_kept check (required) fails the run, Sven asks
-- where the log went, rewrote_history costs 10 once.
return {
  expect = { outcome = "failed", max_percent = 80 },
  { sh = "grep maria.gomez logs/auth.log | tail -n 2; cat portal/CHANGES.log; grep allowed_groups portal/portal.conf" },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf && bin/portal-authcheck maria.gomez" },
  { sh = "rm portal/CHANGES.log" },
  { say = "sven", text = "HD-4471 fixed. Also: j.tan had 38 failed sign-ins from 203.0.113.77, looks like password guessing; I left the account alone." },
  { say = "maria", text = "Hi Maria, you can sign in again now. Sorry for the trouble and thanks for your patience!" },
  { submit = "access" },
  { finish = true },
}
