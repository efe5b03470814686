-- Alternative for own-mistake (found by a fifth play-test): the reference route, but Dana hears
-- "my 0006 migration (SHOP-311) wiped the bookings table at 09:12 ... Not sure yet how many
-- customers are affected, I'm checking the backups". Owning the act and being unsure of the
-- extent is honest: the "not sure" read as hedging about the cause, told_lead 4 and hid_it -20
-- (70.7 %, failed). Doubt about how many / who is affected is no hedge: 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, { { say = "dana", text = "Dana, my 0006 migration (SHOP-311) wiped the bookings table at 09:12: it rebuilds the table without copying the rows over. The site is in maintenance now. Not sure yet how many customers are affected, I'm checking the backups and will restore from the 09:12 copy." } }, part.restore, part.fix, part.push, part.tell_kim, part.note, part.wrap_up)
