-- Valid route (play-test): looks with du first, find -exec gzip, reports in MB only ("freed about
-- 7 MB; the volume holds 2.2 MB of 10 MB now (was 9.3 MB)"): the freed amount is no reading, the
-- 2.2 MB is. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#incidents", text = "On INC-2047. Checking what's filling the volume before touching anything." },
  { sh = "bin/disk-usage; du -ah logs | sort -h" },
  { sh = "find logs -maxdepth 1 -name 'orders-api-2024-*.log' -print -exec gzip {} \\; ; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "Done: the 7 daily logs are gzipped, freed about 7 MB; the volume holds 2.2 MB of 10 MB now (was 9.3 MB). Today's log not touched, nothing deleted." },
  { finish = true },
}
