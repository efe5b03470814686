-- Alternative: compresses each dated log into logs/archive/ with gzip -c, removing the original only
-- after its .gz was written; the logs stay on the volume, one .gz per file, so this is as good.
return {
  { post = "#incidents", text = "Ack INC-2047, on it (volume at 93%)." },
  { sh = "mkdir -p logs/archive && for f in logs/orders-api-2024-03-*.log; do gzip -c \"$f\" > logs/archive/$(basename \"$f\").gz && rm \"$f\"; done; ls -R logs; bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "Resolved: 7 dated logs gzipped into logs/archive/, nothing lost, today's log untouched; 93% -> 23%." },
  { finish = true },
}
