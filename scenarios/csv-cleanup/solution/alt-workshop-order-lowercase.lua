-- Alternative (final play): the reference cleaning, but asks Tomas with an example date ("is
-- 03/04/2024 the 3rd of April"), sorts clean.csv by workshop then time, and tells Ines in lowercase
-- markdown ("unique attendees: 150; intro to sql: 39"). Same true files and numbers: 100 %.
local part = require("parts.reference")

-- the reference clean-up, with clean.csv sorted by workshop, then time
local changed = { { sh = (part.clean[1].sh:gsub('key=lambda r: r%["when"%]%)', 'key=lambda r: (r["workshop"], r["when"]))')) } }

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "tomas", text = "tomas quick one: in the old spreadsheet rows, is 03/04/2024 the 3rd of April (day/month) or March 4th?" },
}, part.look_more, changed, part.submit, {
  { say = "ines", text = "hi ines, **clean.csv** is ready: duplicates merged (earliest sign-up kept), larkspur.test rows dropped, all dates as YYYY-MM-DD HH:MM. unique attendees: 150; intro to sql: 39 (also in answer.txt)." },
  { finish = true },
})
