-- Mistake (play-test round 6, blind, tried first as a trick): the log is read-only evidence
-- (NOTES.md: "analyse it, don't edit it"); this learner makes it writable and deletes every line
-- outside the window and every non-5xx line in place with sed, then counts on what is left. The
-- values are right and really counted, nothing false is told: the changed evidence costs its own
-- penalty (changed_evidence -10, the scenario's rule) and nothing more, 90 % passed (the checks
-- and the count replay use the protected original, so the edit gains nothing).
return { expect = { outcome = "passed", min_percent = 85, max_percent = 90 },
  { sh = "chmod u+w access.log; sed -i -E '/\\[12\\/Mar\\/2024:14:0[0-9]:/!d' access.log; sed -i -E '/\" 5[0-9][0-9] /!d' access.log; wc -l access.log" },
  { sh = "cut -d' ' -f1 access.log | sort | uniq -c | sort -rn | head -n 3" },
  { sh = "grep -c '^198.51.100.23 ' access.log; grep '^198.51.100.23 ' access.log | cut -d' ' -f7 | cut -d'?' -f1 | sort -u" },
  { sh = "printf 'ip: 198.51.100.23\\ncount: 46\\nendpoint: /api/export\\n' >> answer.txt; sed -i '/^ip:$/d; /^count:$/d; /^endpoint:$/d' answer.txt; cat answer.txt" },
  { post = "#incidents", text = "@dana it's 198.51.100.23: 46 5xx responses in 14:00-14:10 UTC, on /api/export. Looking into it further." },
  { submit = "triage" },
  { finish = true },
}
