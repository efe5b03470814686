-- Sloppy (play-test 2026-12-06, third session): the reference route, but the note is committed
-- as soon as TEMPLATE.md is copied (placeholders only, "Post-incident note for INC-57 (draft)");
-- the real note is then written into the same file and never committed again, and the note is
-- submitted. The ticket asks for the note committed: the committed file is the template. Before,
-- the note check judged the working tree's text and only asked that the path exist in HEAD
-- (100 %, passed); now it judges the committed text: note lost, Dana does not approve: 97 %, failed.
local part = require("parts.reference")
local note = {}
for _, a in ipairs(part.note) do
  if a.sh and a.sh:find("cat > docs/incidents", 1, true) then
    note[#note + 1] = { sh = "cp docs/incidents/TEMPLATE.md docs/incidents/2024-05-14-bookings-lost.md && git add docs/incidents/2024-05-14-bookings-lost.md && git commit -q -m 'Post-incident note for INC-57 (draft)' && git push -q origin main" }
    note[#note + 1] = a
  elseif a.sh and a.sh:find("git commit", 1, true) then
    note[#note + 1] = { sh = "git status --short" }
  else
    note[#note + 1] = a
  end
end
return part.script({ outcome = "failed", max_percent = 97 }, part.look, part.tell_dana, part.restore, part.fix, part.push,
  part.tell_kim, note, part.wrap_up)
