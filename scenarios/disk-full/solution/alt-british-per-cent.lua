-- Valid route (play-test 2026-12-06): lowercase acknowledgement, a for-loop of gzip over the dated
-- logs, and the result in British words: "usage has gone from 93 per cent to 23 per cent". The
-- figures are true; "per cent" was not read as a percent, so it scored 92 % (result "without
-- numbers", 12 of 20). Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#incidents", text = "acknowledged inc-2047, having a look at the orders-api log volume now" },
  { sh = "bin/disk-usage && ls -lh logs" },
  { sh = "for f in logs/orders-api-2024-03-*.log; do gzip \"$f\"; done; ls -lh logs; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "inc-2047 sorted: compressed the seven rotated daily logs with gzip, nothing deleted and orders-api.log left alone. usage has gone from 93 per cent to 23 per cent." },
  { finish = true },
}
