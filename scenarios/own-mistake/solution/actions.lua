
local part = require("parts.reference")

return part.script(nil, part.look, part.tell_dana, part.restore, part.fix, part.push, part.tell_kim, part.note,
  part.wrap_up)
