-- Alternative (final play): a careful learner who runs the suite first, asks Nora in lower-case
-- British wording, writes the flag and tests before the rule (TDD order, red then green), and
-- hands over in different words. Same work as the reference, other order and wording: 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.suite, part.look, {
  { say = "nora", text = "hi nora, before i build CHK-204: when a customer chooses express delivery, should the whole shipping be free, or only the standard parcel so they still pay the 9.00 express surcharge?" },
}, part.flag_and_tests, part.build, part.commit_submit, {
  { say = "nora", text = "CHK-204 is finished and with Jonas for review. it is switched off: ops enable it by setting free_shipping to true in config/flags.json, and the threshold is free_shipping_min_eur (defaults to 50.00). express customers still pay the 9.00 surcharge, as agreed." },
  { finish = true },
})
