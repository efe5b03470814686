-- Mistake: never queries, writes every region as 0.00 and announces "February, paid orders only": a delivery of wrong numbers earns no delivery points.
return {
  expect = { outcome = "failed", max_percent = 40 },
  { sh = "printf 'region,revenue_eur\nEast,0.00\nIslands,0.00\nNorth,0.00\nSouth,0.00\nWest,0.00\n' > answer.csv" },
  { submit = "revenue" },
  { say = "nora", text = "Done, answer.csv is ready for February, paid orders only." },
  { finish = true },
}
