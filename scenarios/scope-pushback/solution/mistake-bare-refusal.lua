-- Mistake for scope-pushback: a flat "not possible" and nothing else: no question, no estimate,
-- no alternative, no code. Fails.
return {
  expect = { outcome = "failed" },
  { sh = "cat expenses/cli.py" },
  { say = "sofia", text = "Sorry, that's not possible by 14:45. It can't be done." },
  { submit = "export" },
  { finish = true },
}
