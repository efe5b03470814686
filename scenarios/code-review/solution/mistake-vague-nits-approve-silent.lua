-- Sloppy junior (play 2026-12-06, playE): one `git diff`, then a two-line review: "pricing.py:13
-- looks a bit off?" (the wrong line, no why) and "search.py:11 maybe use params (nit)", "Verdict:
-- approve", and Lena is never told. Must fail.
return { expect = { outcome = "failed", max_percent = 10 },
  { sh = "git diff main lena/bulk-pricing" },
  { sh = "printf '# review\\n\\n- pricing.py:13 looks a bit off?\\n- search.py:11 maybe use params (nit)\\n\\nVerdict: approve\\n' > review.md" },
  { submit = "review" },
  { finish = true },
}
