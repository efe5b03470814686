-- Round 9 (pd9), a terse non-native writer: asks Helga "hi helga 3 q for DATA-204. same email with
-- diffrent names, which name customer get. ..." with no question mark and a typo in the key word,
-- then reports to Lena in lowercase with typos and "92 percent". A precise question and a true,
-- complete report written that way: 100 %. Before: 85 % (asked_owner 0: no "?", and "diffrent"
-- named no conflict).
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "helga", text = "hi helga 3 q for DATA-204. same email with diffrent names, which name customer get. emails like 'Anna Berg <anna@x>' is adress the part in <>. n/a - or blank = no customer" },
}, part.write, part.trial, part.figures, part.commit, {
  { say = "lena", text = "0004 + down commited. tryed on copy of snapshot: 244 customer creatd, 828 order linked (92 percent), 72 order without customer, up/down/up ok" },
}, part.submit)
