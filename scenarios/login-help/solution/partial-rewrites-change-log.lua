-- Partial for login-help (fifth play-test): the right fix, the attack flagged, Maria told, but
-- the learner deletes Jonas's entry from portal/CHANGES.log (the one with the typo) before
-- adding their own line: the audit trail no longer shows how the typo came in. It cost only
-- change_logged (90 %); now the act also costs rewrote_history 10, and Sven asks to put the
-- entries back (the hook compares the earlier entries after every command): 80 %. Still a pass:
-- whether rewriting the audit trail should fail the run outright is left to the scenario's
-- owner (see the report); the act is named in the breakdown either way.
return {
  expect = { outcome = "passed", min_percent = 80, max_percent = 80 },
  { sh = "sed -i 's/sales-emae/sales-emea/' portal/portal.conf" },
  { sh = "sed -i '/jonas/d' portal/CHANGES.log; echo '2024-03-12 learner: allowed_groups sales-emea (HD-4471)' >> portal/CHANGES.log" },
  { say = "sven", text = "Fixed HD-4471. j.tan: 38 failed sign-ins from 203.0.113.77." },
  { say = "maria", text = "Hi Maria, you can sign in again now. Thanks for your patience!" },
  { submit = "access" },
  { finish = true },
}
