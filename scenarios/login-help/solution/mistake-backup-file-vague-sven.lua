-- Sloppy for login-help: fixes the typo but leaves a stray portal/portal.conf.bak behind, writes
-- a meaningless change-log line ("fix"), tells Sven only "something weird in the log" and
-- Maria "allowed_groups patched, retry" (jargon, never says it works). Maria is really fixed, but
-- it loses change_logged (no date, no ticket), half of flagged_attack and kind_reply (she is
-- never clearly told it works): 60, failed. Fair: two of the ticket asks were not done.
return {
  expect = { outcome = "failed", max_percent = 60 },
  { sh = "grep maria.gomez logs/auth.log | tail -n 2; grep allowed_groups portal/portal.conf" },
  { sh = "cp portal/portal.conf portal/portal.conf.bak && sed -i 's/sales-emae/sales-emea/' portal/portal.conf" },
  { sh = "echo 'fix' >> portal/CHANGES.log" },
  { say = "sven", text = "fyi something weird in the log" },
  { submit = "access" },
  { say = "maria", text = "allowed_groups patched, retry" },
  { finish = true },
}
