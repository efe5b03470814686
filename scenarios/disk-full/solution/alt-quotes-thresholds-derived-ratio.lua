-- Alternative (round 7, p7d: a junior who quotes the ticket's and runbook's marks): a gzip loop
-- that reports a failure per file, `gzip -t`, and a post "before 93%, after 23%, so well under the
-- 40% target and far from the runbook's 90% alarm ... about 10x smaller each, all 30 days of
-- retention intact ... Roughly 7 MB freed": readings measured, marks quoted from the ticket and
-- the runbook: must score 100 %.
return {
  { post = "#incidents", text = "Starting on INC-2047 (log volume at 93% per the ticket). Following the runbook: gzip the rotated logs only, nothing deleted, today's log left alone." },
  { sh = "cat RUNBOOK.md; bin/disk-usage" },
  { sh = "du -k logs/*" },
  { sh = "for f in logs/orders-api-*.log; do gzip \"$f\" || echo \"FAILED $f\"; done; du -k logs/*" },
  { sh = "gzip -t logs/*.gz && echo all ok; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "INC-2047 done :white_check_mark: before 93%, after 23%, so well under the 40% target and far from the runbook's 90% alarm. Dated logs from 5-11 March are now .gz (about 10x smaller each), all 30 days of retention intact, orders-api.log not touched. Roughly 7 MB freed; OPS-214 still has to fix the nightly job." },
  { finish = true },
}
