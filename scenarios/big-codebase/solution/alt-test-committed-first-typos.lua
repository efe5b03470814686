-- Valid alternative (round 9, test-first and a hurried non-native writer): reads the import and
-- format_money, writes a regression test for it and commits that test ALONE first (a failing
-- test commit, as Dana did), only then lists format_money's callers and reads git log, rewrites
-- formatting.py with a heredoc (to_decimal + the registry's minor_units) and commits the fix
-- separately. Messages in lowercase with slips in the key words ("allways", "reciepts",
-- "remiders"). Everything is true and done: 100 %. Before round 9 investigation counted only
-- what came before the first "git commit" (the test commit), 0 of 10, and the misspelt
-- "reciepts and remiders" named no document to Dana or Maya (-3, -8): 79 %.
return require("parts.test_first").script({ outcome = "passed", min_percent = 100 }, {
  "maya, bill-231 is fixed. wrong documents was: invoices, reciepts and payment remiders (all use format_money). support can resend this three",
}, true)
