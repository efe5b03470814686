-- Careful junior (play round playff): the reference feature, and among the new tests one that the
-- flag changes nothing for countries the shop does not ship to: the same ValueError, checked with
-- its message (`match="don't ship to 'US'"`, the message shipping.py has always raised). The
-- mutation control ran the tests against a reference raising ValueError("US"), so this correct
-- test "failed against a correct shipping_cost": tests_catch_bugs 0 and the "tested" handover 0.
-- Must score 100 %.
local part = require("parts.reference")

local tests = part.flag_and_tests[1].sh:gsub("PYEOF\npython3 %-m pytest %-q$", [[


def test_free_shipping_on_still_refuses_unknown_countries(use_flags):
    use_flags({"free_shipping": True})
    with pytest.raises(ValueError, match="don't ship to 'US'"):
        shipping_cost(Decimal("80.00"), "US")
PYEOF
python3 -m pytest -q]])

return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask, part.suite, part.build,
  { { sh = tests } }, part.commit_submit, {
  { say = "nora", text = "CHK-204 is submitted for Jonas's review, fully tested (both flag states, the 50.00 edge, express, the threshold). It ships off: ops switch on free_shipping in config/flags.json." },
  { finish = true },
})
