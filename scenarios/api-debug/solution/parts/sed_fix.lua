-- parts/sed_fix.lua: what the short play-test scripts share after their own probe and their
-- words to Ravi (alt-labelled-curl-codes, gaming-labelled-echo-codes, alt-json-probe): both
-- headers fixed with one sed, the tests, a run of the job, the commit, the counts to Amara,
-- submit. Not an action script itself: verify only plays solution/*.lua.
local M = {}

M.rest = {
  { sh = [==[sed -i 's|headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},|headers={"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application/json", "User-Agent": USER_AGENT},|' sync/http.py && python3 -m pytest -q | tail -1]==] },
  { sh = "python3 -m sync.push_invoices; echo \"exit $?\"" },
  { sh = "git commit -qam 'Send the Bearer scheme and JSON Content-Type again (BILL-88)'" },
  { say = "amara", text = "Fixed and committed. The re-run: created: 11, already in ledger: 6, rejected: 1 (INV-2037, a credit note, 422)." },
  { submit = "sync" },
  { finish = true },
}

-- One script: expect (or nil), the script's own steps, then the rest.
function M.script(expect, own)
  local script = { expect = expect }
  table.move(own, 1, #own, 1, script)
  table.move(M.rest, 1, #M.rest, #script + 1, script)
  return script
end

return M
