-- Sloppy (play 2026-12-06, playa): the glob orders-api-2024-03-0*.log catches only the 5th to
-- the 9th, the 10th and 11th stay plain (44 %); posts "Done, 93% -> 38%" without looking again.
-- Half the job and a figure that was never true: old_compressed and space fail, the result post
-- claims "done" at 44 % (0 of 20). Must fail (60 %).
return { expect = { outcome = "failed", max_percent = 60 },
  { post = "#incidents", text = "ack, on it" },
  { sh = "gzip logs/orders-api-2024-03-0*.log" },
  { submit = "free-space" },
  { post = "#incidents", text = "Done, 93% -> 38%." },
  { finish = true },
}
