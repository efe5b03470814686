-- Mistake (play-test): the export and its test are right, but the chat is vague ("what do they
-- need it for?", no estimate), the commit holds a debug print and a notes file under the
-- subject "stuff", and the report is a bare "done": reported 5 (ready, without how to get the
-- file), as the criteria say (it was 0); hygiene 0 (Ines's remark) without holding up her
-- approval of an export that works: 76 %, passed (72 %, failed while it was a check).
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 76, max_percent = 76 }, {
  { say = "sofia", text = "what do they need it for?" },
  { say = "sofia", text = "csv today is fine, pdf and excel not, later maybe" },
}, part.export_with('    print("DEBUG rows", len(rows), file=sys.stderr)\n'), part.test, {
  { sh = "echo scratch > notes.txt; git add -A && git commit -qm stuff" },
}, part.submit, {
  { say = "sofia", text = "done" },
  { finish = true },
})
