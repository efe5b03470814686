-- Valid route (play-test): gzip -k, then gzip -t each archive before removing its plain copy; a
-- markdown result post ("**INC-2047 resolved** ... 93% -> 23%"). The same end state as gzip
-- alone, with a check in between. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#incidents", text = "Looking at INC-2047 now (orders-api log volume at 93%)." },
  { sh = "bin/disk-usage; ls -lh logs" },
  { sh = "gzip -k logs/orders-api-2024-03-*.log && for f in logs/orders-api-2024-03-*.log; do gzip -t \"$f.gz\" && rm \"$f\"; done; ls -lh logs; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "**INC-2047 resolved** - compressed the 7 dated logs (checked each .gz with gzip -t before removing the plain copy), orders-api.log untouched. Usage: 93% -> 23%." },
  { finish = true },
}
