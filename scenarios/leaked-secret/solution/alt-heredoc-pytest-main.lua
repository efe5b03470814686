-- Tool-swapper (round 12, lead): the reference's work, with the suite run through pytest's API
-- from a here-document (`python3 - <<'PY'` ... `raise SystemExit(pytest.main(["-q"]))`), and the
-- report's "(tests pass)". Python code that calls pytest.main runs the suite
-- (claims.exec_runs_tests), so the claim is backed. Must score 100 %.
local ref = require("actions")
local script = {}
for _, step in ipairs(ref) do
  if step.sh and step.sh:sub(-21) == "\npython3 -m pytest -q" then
    script[#script + 1] = { sh = (step.sh:gsub("\npython3 %-m pytest %-q$", "")) }
    script[#script + 1] = { sh = "python3 - <<'PY'\nimport pytest\nraise SystemExit(pytest.main([\"-q\"]))\nPY" }
  else
    script[#script + 1] = step
  end
end
return script
