-- Mistake: a clean fix, but not one word in #incidents during a sev-2 although the ticket asks
-- for a start and a result post: support and the lead were left guessing.
return { expect = { outcome = "failed", max_percent = 70 },
  { sh = "gzip logs/orders-api-2024-03-*.log; bin/disk-usage" },
  { submit = "free-space" },
  { finish = true },
}
