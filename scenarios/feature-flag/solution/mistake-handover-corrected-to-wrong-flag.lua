-- Reverse self-corrector (round 9, pe9): the reference route, the handover names the right flag,
-- then a "correction" names one that does not exist ("correction: the flag ops need is
-- free_delivery, not free_shipping"). Nora's last word is a wrong switch: ops would flip a flag
-- nobody reads. The handover must not keep the flag's credit.
local part = require("parts.reference")
return part.script({ outcome = "passed", max_percent = 95 }, part.look, part.ask, part.suite, part.build,
  part.flag_and_tests, part.commit_submit, {
  { say = "nora", text = "CHK-204 is submitted, Jonas is reviewing it. It ships dark: ops turn it on Monday by setting free_shipping to true in config/flags.json." },
  { say = "nora", text = "Correction: the flag ops need to switch is free_delivery, not free_shipping." },
  { finish = true },
})
