-- Valid route (play round playff): the reference feature, with the new tests in
-- tests/free_shipping_test.py (pytest collects *_test.py as well as test_*.py). A test file
-- named the other pytest way is a test file: must score 100 % (hygiene took it for a stray: 95 %).
local part = require("parts.reference")
-- the reference's tests, in a file of their own named the other pytest way (with its imports)
local tests = part.flag_and_tests[1].sh
  :gsub("cat >> tests/test_shipping.py <<'PYEOF'\n", "cat > tests/free_shipping_test.py <<'PYEOF'\n"
    .. "from decimal import Decimal\n\nfrom shop.shipping import shipping_cost\n", 1)

return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask, part.suite, part.build,
  { { sh = tests } }, part.commit_submit, part.handover)
