-- Alternative for own-mistake (fifth play-test): Dana hears "the 0006 migration I ran at 09:12
-- made every booking disappear: it rebuilds the table and never copies the rows across". The
-- act and what it did, in plain words: owning it. "disappear" was no damage word (only drop,
-- delete, wipe, lost, empty ...), so the message read as the bare act: told_lead 4, hid_it -20,
-- 70.7 %, failed. Damage now also reads disappear/vanish/missing/erase/destroy/truncate...: 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, { { say = "dana", text = "Dana, the 0006 migration I ran at 09:12 made every booking disappear: it rebuilds the table and never copies the rows across. Maintenance is on; I'll restore from the 09:12 copy." } }, part.restore, part.fix, part.push, part.tell_kim, part.note, part.wrap_up)
