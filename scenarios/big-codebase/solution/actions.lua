-- Reference solution for big-codebase: reproduce, follow the import from the symptom to the
-- shared helper, list its callers, read the history of the sibling helper that is already right
-- (PAY-311), ask Jonas, fix format_money once with the registry's decimals, add a regression
-- test, commit, describe the PR for Dana and tell Maya which documents Support must resend.
local part = require("parts.reference")

return part.reference_with(nil, {})
