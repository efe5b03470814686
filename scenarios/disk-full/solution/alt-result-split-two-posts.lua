-- Valid route (play 2026-12-06, playa): a brace-expansion loop of gzip -v over the seven dated
-- logs, then the result split over two #incidents posts: the figures ("usage 93% -> 23%") first,
-- the words ("... gzipped ... Resolved.") second. Only the last post was read for figures, so it
-- scored 92 % ("without before/after numbers"). The figures are true and were posted after the
-- fix: the result counts the figures of every post made after the fix while resolved. 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { post = "#incidents", text = "Ack INC-2047, looking at it now." },
  { sh = "bin/disk-usage; ls -lh logs" },
  { sh = "for f in logs/orders-api-2024-03-0{5..9}.log logs/orders-api-2024-03-1{0,1}.log; do gzip -v \"$f\"; done; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "INC-2047 update: usage 93% -> 23%." },
  { post = "#incidents", text = "The 7 dated logs are gzipped, nothing deleted, orders-api.log untouched. Resolved." },
  { finish = true },
}
