-- Valid route (found by playing a junior who works from absolute paths): the callers of
-- format_money are listed with a path kept in a variable (`d=/work""space/kestrel; grep -rn
-- format_money $d`), then the reference. A real search: its replay runs in a sandbox where the
-- changed copy IS /workspace (run:sh with copy), so the built path reads the copy and follows it.
-- Before the replay had its own sandbox the built path reached the real, unchanged workspace and
-- the search counted as made up (94 %). Must score 100 %.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  callers = {
    { sh = [[d=/work""space/kestrel; grep -rn format_money $d | grep -v "core/formatting.py"]] },
  },
})
