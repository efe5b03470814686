-- Mistake: `gzip logs/*.log` also compresses today's orders-api.log while the service writes to
-- it (the service re-creates it, so today's requests end up split over two files).
return { expect = { outcome = "failed" },
  { post = "#incidents", text = "Ack, looking at it" },
  { sh = "bin/disk-usage; gzip logs/*.log; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "Done, compressed all logs, 94% -> 16%." },
  { finish = true },
}
