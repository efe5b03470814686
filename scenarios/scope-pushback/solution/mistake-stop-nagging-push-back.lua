-- Rude under pressure (play round 2026-12-06, fifth session, pb6): the reference's question,
-- estimate and CSV work, but Sofia's push-back gets "stop nagging, it's CSV today. PDF and Excel
-- are days of work without a library". The reason is there, the brush-off too: the communication
-- item (clarified) is lost (scenarios/lib/tone.lua), the rest keeps its credit. 88 %, passes below 90.
local part = require("parts.reference")
return part.script({ outcome = "passed", max_percent = 88 }, part.look, part.ask, part.estimate, {
  { say = "sofia", text = "stop nagging, it's CSV today. PDF and Excel are days of work without a library and would crash in the demo." },
}, part.export, part.test, part.try, part.backlog_commit, part.submit, part.tell_sofia)
