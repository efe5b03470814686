-- Gaming: asks the right question, then announces the result with an invented headline figure
-- before the file holds it, and submits a stub. Words alone must not earn the delivery points.
return { expect = { outcome = "failed", max_percent = 40 },
  { say = "nora", text = "Which month do you mean by last month?" },
  { sh = "printf 'region,revenue_eur\nNorth,1000.00\n' > answer.csv" },
  { say = "nora", text = "Done! answer.csv is ready. North leads with 99,999.99 in February, paid orders only." },
  { submit = "revenue" },
  { finish = true },
}
