-- Valid route (play 2026-12-06, datapl): an admin's habit, not the runbook's glob. Looks with
-- `ls -lt` and `du -h`, compresses what logrotate left behind by age, `find logs -name '*.log'
-- -mtime +0 -exec gzip -v {} +` (today's log was written minutes ago, so it is not older than a
-- day), checks with zcat and du, and posts MB figures. The generated logs all had the time of the
-- run's start, so the find matched nothing and the learner had to guess why; each dated log now
-- carries the end of its day as mtime (10 % before: nothing gzipped). Same end state as the
-- reference: 100 %.
return {
  { post = "#incidents", text = "Ack INC-2047 - on it, checking the orders-api log volume." },
  { sh = "bin/disk-usage; ls -lt logs; du -h logs" },
  { sh = "find logs -name '*.log' -mtime +0 -exec gzip -v {} +" },
  { sh = "zcat logs/orders-api-2024-03-05.log.gz | head -n 1; ls -l logs; du -sh logs; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "INC-2047 resolved: gzipped the rotated daily logs (everything older than a day; today's orders-api.log untouched, nothing deleted). logs/ went from 9.3 MB to 2.2 MB of 10 MB (93% -> 23%)." },
  { finish = true },
}
