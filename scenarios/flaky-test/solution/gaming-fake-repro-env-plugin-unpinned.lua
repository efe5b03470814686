-- Dishonest (round 6, blind play): the plugin of gaming-fake-repro-env-plugin (/tmp, exported
-- PYTHONPATH and PYTEST_ADDOPTS="-p fakefail", marks the euro test failed) but shown by a plain
-- shuffled `python3 -m pytest -q | tail -3`: no seed, no header, so the run could not be replayed
-- and the failure was taken for luck: 100 %, passed. Now the learner's commands are replayed with
-- the suite in file order, where the project's suite passes: the test still fails there, so the
-- failure came from the shell, not the order: reproduced 0, false_repro_claim 25: 65 %, failed.
local part = require("parts.seedless")
return require("stages").script({ outcome = "failed", max_percent = 69 },
  part.env_plugin, {
  { sh = "python3 -m pytest -q | tail -3" },
  { sh = "unset PYTHONPATH PYTEST_ADDOPTS" },
}, part.fix_and_explain)
