-- Mistake (found by playing a sloppy junior): reads the diff, restores only the JSON
-- Content-Type (the Bearer scheme stays missing), re-runs the job and reports its figures
-- honestly to Amara, "created: 0, already in ledger: 0, rejected: 18", without seeing that
-- every row failed with 401; tells Ravi nothing. Real runs, real figures, but the job is still
-- broken: the sync checks fail, so the run fails.
return { expect = { outcome = "failed", max_percent = 50 },
  { sh = "./start-service" },
  { sh = "git log -p -2 -- sync/http.py | head -60" },
  { sh = [==[sed -i 's|"User-Agent": USER_AGENT},|"Content-Type": "application/json", "User-Agent": USER_AGENT},|' sync/http.py && git diff --stat]==] },
  { sh = "python3 -m sync.push_invoices | tail -n 3" },
  { sh = "git commit -qam 'Send JSON content type to the ledger'" },
  { say = "amara", text = "Re-ran the sync after a fix: created: 0, already in ledger: 0, rejected: 18. Looking further." },
  { submit = "sync" },
  { finish = true },
}
