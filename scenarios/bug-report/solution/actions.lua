-- Reference solution for bug-report: reproduce with the customer's file, see that only the
-- overnight shifts are negative, make a one-shift repro, test Leo's midnight case, write the
-- report from the template, hand it over and answer the question.
local part = require("parts.reference")

return part.script(nil, part.look, part.repro, part.midnight, part.report, part.hand_over)
