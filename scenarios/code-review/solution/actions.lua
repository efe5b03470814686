-- Reference solution for code-review: read the ticket rules, the diff and the branch files with
-- line numbers, write review.md (two blocking findings, a nit, praise, verdict), tell Lena.
-- The steps live in parts/reference.lua, as stages the other scripts share.
local part = require("parts.reference")

return part.script(nil, part.look, part.ack, part.review, part.submit, part.tell)
