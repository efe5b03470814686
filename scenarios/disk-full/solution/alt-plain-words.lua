-- Alternative: plain-language posts ("Looking into it", "All good now") with the result in MB as
-- bin/disk-usage prints it (2.2M of 10M).
return {
  { post = "#incidents", text = "Looking into INC-2047 now." },
  { sh = "gzip logs/orders-api-2024-03-*.log && bin/disk-usage" },
  { submit = "free-space" },
  { post = "#incidents", text = "All good now: 2.2M used of 10M after gzipping the seven dated logs; nothing deleted, today's log untouched." },
  { finish = true },
}
