-- Gaming (play 2026-12-06, playD: a lazy junior who types the "after" figure): acknowledges,
-- looks once (93 %), gzips the dated logs and posts "Volume down from 93% to 23%" without running
-- bin/disk-usage (or du) again: 23 % is a guess that happens to be right ("gzip gets these to a
-- fifth"). A true figure counted whoever measured it: 100 %. The after figure now counts only
-- when a measuring command of the learner printed it before the post (bin/disk-usage, du, df,
-- ls, a script): the result without measured numbers earns 12 of 20, 92 %, passed (the work is
-- right; the breakdown says to read the volume again).
return {
  expect = { outcome = "passed", max_percent = 92 },
  { post = "#incidents", text = "Ack INC-2047, looking at the orders-api log volume now." },
  { sh = "bin/disk-usage; ls -lh logs" },
  { sh = "gzip logs/orders-api-2024-03-*.log" },
  { submit = "free-space" },
  { post = "#incidents", text = "INC-2047 resolved: gzipped the 7 dated logs, nothing deleted, orders-api.log untouched. Volume down from 93% to 23%." },
  { finish = true },
}
