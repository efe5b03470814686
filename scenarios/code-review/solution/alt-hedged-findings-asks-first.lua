-- Round 10, the hedger and over-asker: three questions to Aisha and one to Lena before reading,
-- then findings worded "I think ... probably ... maybe" (still labelled blocking, cited, with a fix)
-- and a hedged "Verdict: request changes (I think)". Hedging in a review costs nothing: 100 %.
-- It reads the branch by applying its patch (format-patch into /tmp, `git apply`), then cleans
-- up but leaves tests/test_search.py behind: 50 % (unread_review) while the replay of that
-- `git apply` ran only on the workspace as it is now ("already exists"); 100 % since it also
-- replays the session from the start.
local part = require("parts.reference")
local asks = {
  { say = "aisha", text = "Hi Aisha, a few questions before I start: should I review against main or against the release branch? Do you want nits in review.md too? And is it ok if I request changes this close to the freeze?" },
  { wait = 60 },
  { say = "lena", text = "Hi Lena, do you have a minute later? I might have questions about the search part." },
}
-- reads the branch by applying its patch to main's working tree, then cleans up but leaves the
-- new test file behind
local look = {
  { sh = "git log --oneline main..lena/bulk-pricing && git format-patch main..lena/bulk-pricing --stdout > /tmp/lena.patch && git apply /tmp/lena.patch && git status --short" },
  { sh = "cat -n inventory/search.py inventory/pricing.py" },
  { sh = "git checkout -- . && rm inventory/search.py && git status --short" },
}
local review = { { sh = [==[cat > review.md <<'EOF'
# Review: lena/bulk-pricing (INV-77)

I might be wrong on these, happy to be corrected!

- **blocking** inventory/search.py:11: I think the search text goes into the SQL through an f-string,
  so this is probably open to SQL injection (a search for `' OR 1=1 --` would likely match everything).
  Maybe bind it with a `?` placeholder instead, as CONTRIBUTING.md asks?
- **blocking** inventory/pricing.py:14: if I read INV-77 right (10 or more units), `>` probably
  misses exactly 10 units, an off-by-one I think. Could be `>=`, plus a test for quantity 10?

Verdict: request changes (I think)
EOF]==] } }
local tell = part.tell_with("Hi Lena, I think my review is in review.md now. I probably found two blocking things: the f-string in find_products looks like SQL injection (a ? placeholder would fix it), and I think exactly 10 units get no discount (>= instead of >). Sorry if I'm missing something!")
return part.script(nil, asks, look, review, part.submit, tell)
