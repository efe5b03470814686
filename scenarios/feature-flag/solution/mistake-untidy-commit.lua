-- Mistake (play-test): the feature and its tests are right, but a debug print in shipping.py and a
-- scratch file are committed as "stuff" without CHK-204, the question is vague and the handover
-- names no flag. Untidy commits cost hygiene (5, Jonas's remark), not the approval: 90 %, passed
-- (as a check, hygiene made Jonas refuse: 85 %, failed, handover 0).
local fs = require("parts.shipping")

return {
  expect = { outcome = "passed", min_percent = 90, max_percent = 90 },
  { say = "nora", text = "hey what about express?" },
  { sh = "cat shop/flags.py > /dev/null; echo 'try 49.99 vs 50' > scratch.txt" },
  { sh = table.concat({ fs.patch(fs.RATE, fs.RATE .. '    print("DEBUG", subtotal, country)\n' .. fs.rule()), fs.FLAG_OFF,
    fs.edge_tests("test_fs_off", "test_fs_on", "test_fs_min"), "python3 -m pytest -q 2>&1 | tail -n 1" }, "\n") },
  { sh = "git add -A && git commit -qm stuff" },
  { submit = "free-shipping" },
  { say = "nora", text = "done, it's with jonas" },
  { finish = true },
}
