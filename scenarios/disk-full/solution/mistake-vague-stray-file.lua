-- Mistake (final play): does the right gzip but sloppily: "looking" / "done, should be fine" with
-- no numbers at all, and leaves a stray debug file (logs/du-before.txt) on the volume. The logs are
-- safe and compressed, so the checks pass; the result post without before/after numbers loses
-- 8 of the 20 status points. Fair: passes, but not with full marks (92 %).
return { expect = { outcome = "passed", max_percent = 92 },
  { post = "#incidents", text = "looking" },
  { sh = "du -sh logs > logs/du-before.txt; gzip logs/orders-api-2024-*.log" },
  { submit = "free-space" },
  { post = "#incidents", text = "done, should be fine" },
  { finish = true },
}
