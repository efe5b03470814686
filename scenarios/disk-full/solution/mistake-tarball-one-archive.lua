-- Runbook slip (play 2026-12-06, playa): packs the seven dated logs into one
-- logs/old-logs.tar.gz with `tar czf ... --remove-files` instead of one .gz per file, and posts a
-- true "resolved, 93% -> 23%". Every byte is kept on the volume, today's log untouched, but the
-- checks only knew per-file archives: "no old log is compressed yet", "logs are gone", 10 %.
-- A log inside a tar archive under logs/ is now kept (like xz: complete, not what the runbook
-- asks), so old_compressed alone fails and says why (zcat/zgrep per day): 85 %, passed, as the
-- xz route. Nothing lost, one runbook step missed.
return { expect = { outcome = "passed", min_percent = 85, max_percent = 85 },
  { post = "#incidents", text = "Ack INC-2047, on it." },
  { sh = "bin/disk-usage; tar czf logs/old-logs.tar.gz logs/orders-api-2024-03-*.log --remove-files; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "INC-2047 resolved: archived the dated logs in logs/old-logs.tar.gz, 93% -> 23%." },
  { finish = true },
}
