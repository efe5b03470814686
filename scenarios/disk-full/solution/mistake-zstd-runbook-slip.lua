-- Runbook slip (play 2026-12-06, datapl): a junior who knows zstd looks with du, compresses the
-- seven dated logs with `zstd -q --rm` (one .log.zst per day, today's log untouched) and posts a
-- true "resolved, 93% -> 22%". Every log is kept, complete, on the volume; only the runbook's gzip
-- (zcat/zgrep) was missed, like the xz and tar.gz routes (85 %, passed). The checks knew only
-- gz/xz/bz2/tar and told the learner the logs were "gone" (old_kept, required): failed.
return { expect = { outcome = "passed", min_percent = 85, max_percent = 85 },
  { post = "#incidents", text = "ack INC-2047, looking at the log volume now" },
  { sh = "du -sh logs/*; bin/disk-usage" },
  { sh = "zstd -q --rm logs/orders-api-2024-03-*.log && ls -l logs && bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "INC-2047 resolved: compressed the 7 dated logs with zstd (nothing deleted, orders-api.log untouched), usage 93% -> 22%." },
  { finish = true },
}
