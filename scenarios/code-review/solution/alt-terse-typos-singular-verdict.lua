-- Round 9 (pd9), a terse non-native writer with other tools: switches to the branch, numbers the
-- files with awk, writes review.md with tee in lowercase with typos ("injecton", "shuld") and the
-- verdict in the singular, "verdict: request change"; tells Lena in one lowercase line. A true,
-- complete review in plain words: 100 %. Before: the singular verdict was no verdict (90 %).
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git branch -a; git switch lena/bulk-pricing" },
  { sh = "awk '{print FILENAME\":\"FNR\": \"$0}' inventory/pricing.py inventory/search.py" },
  { sh = "git switch main" },
  { sh = "tee review.md <<'EOF'\nreview of lena/bulk-pricing\n\n- blocking inventory/search.py:11 sql injecton, the search text go into query with f-string. pls use ? placeholder and give f\"%{text}%\" as param\n- blocking inventory/pricing.py:14 ticket say 10 or more but code have > so exactly 10 units get no discount. shuld be >= and add test for 10\n\nverdict: request change\nEOF" },
  { submit = "review" },
  { say = "lena", text = "hi lena review is in review.md, 2 blocking: sql injecton in find_products (use ? param) and 10 units get no discount (> shuld be >=) sorry cant approve befor fix" },
  { finish = true },
}
