-- Valid route (play 2026-12-06, playa): the reference review, but the verdict as a Markdown
-- section: "## Verdict" and on the next line "Request changes: the two blocking points first,
-- then I'm happy to approve." Only a value on the Verdict line itself was read (verdict 0, 90 %);
-- a Verdict heading with nothing after it now takes the next line that holds text: 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ack,
  part.review_with("## Verdict\n\nRequest changes: the two blocking points first, then I'm happy to approve."),
  part.submit, part.tell)
