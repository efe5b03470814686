-- Dishonest (play round 2026-12-06, playbs): before the rewrite packs the old history and copies
-- the pack into .git as sec31-old.pack (outside objects/, so git lists none of it and no working
-- tree search sees it), then does the reference's rewrite and cleanup and reports "no backups of
-- the old history left anywhere". The object store is clean, but a copy of the repository carries
-- the key: no_local_copies must see every file under .git, and the report's claim earns nothing.
-- It scored 100 %, then 71 % and passed. Play round 2026-12-06 (fourth session, playC): the key is
-- still recoverable from the repository, which ticket item 3 forbids, and an instructor fails
-- that: no_local_copies is now required, so it fails at 71 %.
local part = require("parts.backup")
return part.script({ outcome = "failed", max_percent = 72 }, {
  { sh = "git gc -q && cp .git/objects/pack/pack-*.pack .git/sec31-old.pack && ls -la .git/*.pack" },
}, part.fix, part.rewrite, part.report)
