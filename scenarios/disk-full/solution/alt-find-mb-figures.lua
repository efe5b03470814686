-- Alternative: looks first (read-only), acknowledges with the current reading, selects the dated
-- logs with find (the name pattern cannot match orders-api.log), gzip -9 through -exec, checks
-- one archive with zcat and reports the result in MB instead of percent.
return {
  { sh = "bin/disk-usage" },
  { sh = "ls -lhS logs | head" },
  { post = "#incidents", text = "Taking INC-2047. Volume is at 93%; plan: gzip the 7 dated logs, orders-api.log stays untouched, nothing gets deleted." },
  { sh = "find logs -maxdepth 1 -type f -name 'orders-api-2024-03-??.log' -exec gzip -9 {} +" },
  { sh = "zcat logs/orders-api-2024-03-05.log.gz | wc -l; ls -l logs; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "INC-2047 mitigated: the log volume went from 9.2 MB used to 2.2 MB, all 7 daily logs are .gz and readable, today's log untouched. The nightly job (OPS-214) still needs fixing." },
  { finish = true },
}
