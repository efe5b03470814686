-- Runbook slip (play 2026-12-06, datapl): moves the seven dated logs into one logs/old-logs.zip
-- with `zip -m` (Windows habits) instead of one .gz per file, checks with zipinfo and posts a true
-- "resolved, 93% -> 23%". Nothing lost, today's log untouched: like the tar.gz route, only
-- old_compressed fails and says why (85 %, passed). The checks read tar members only and said the
-- logs were gone (old_kept, required): 10 %, failed.
return { expect = { outcome = "passed", min_percent = 85, max_percent = 85 },
  { post = "#incidents", text = "Ack INC-2047, on it. Looking at what fills the volume first." },
  { sh = "bin/disk-usage && ls -la logs" },
  { sh = "zip -q -m logs/old-logs.zip logs/orders-api-2024-03-*.log && zipinfo -1 logs/old-logs.zip && bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "INC-2047 resolved: the 7 dated logs are in logs/old-logs.zip (nothing deleted, orders-api.log untouched); 93% -> 23%." },
  { finish = true },
}
