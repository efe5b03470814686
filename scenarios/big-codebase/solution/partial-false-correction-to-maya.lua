-- Partial (round 9, the reverse self-corrector): the test-first route (without the slips) of
-- alt-test-committed-first-typos, true list to Maya (invoices, receipts, reminders), then a
-- "correction" that receipts and reminders were not affected after all and only invoices need
-- resending. Support acts on the last word: the impact item goes (2 of 10, as an incomplete
-- list); the fix and the rest keep their credit. Before round 9 the first message's list kept
-- the full 10 whatever came after.
return require("parts.test_first").script({ outcome = "passed", max_percent = 92 }, {
  "maya, bill-231 is fixed. wrong documents was: invoices, payment receipts and payment reminders (all use format_money). support can resend this three",
  "correction, sorry: i checked again, receipts and reminders are not affected. only the invoices was wrong, so support resend just invoices",
})
