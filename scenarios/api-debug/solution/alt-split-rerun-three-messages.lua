-- Valid (play-test round 7, a junior who writes chat the way they talk): the reference route, but
-- Amara hears it in three short messages: the re-run first, then the cause, then the counts
-- from the real run after the fix. A run claimed in one message and its counts two messages on
-- are judged together, and this run happened: 100 %.
return require("parts.rerouted").script({ outcome = "passed", min_percent = 100 }, { amara = {
  "BILL-88 is fixed and committed, and I re-ran the job against the dev ledger.",
  "Jonas's refactor had lost two headers (the Bearer prefix and the JSON content type).",
  "11 created, 6 were already there, so 17 of 18 are in. INV-2037 (the -45.00 credit note) was refused with 422." } })
