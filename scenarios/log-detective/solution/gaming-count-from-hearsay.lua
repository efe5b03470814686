-- Gaming: names the IP from a glance at the log and tells Dana a count it never computed (the
-- figure "46" printed by echo is no evidence). 'reported' gives 10, not 20: a count counts only
-- when the learner's own commands counted it; answer.txt's right figure that no command counted
-- costs never_counted -25: 65 %, failed (it passed at 90 % before).
return { expect = { outcome = "failed", max_percent = 65 },
  { sh = [[grep -m 3 ' 503 ' access.log | cut -d' ' -f1; echo "count: 46"]] },
  { sh = [[sed -i 's|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: 46|; s|^endpoint:.*|endpoint: /api/export|' answer.txt]] },
  { say = "dana", text = "It's 198.51.100.23, 46 5xx in the window." },
  { post = "#incidents", text = "Culprit: 198.51.100.23, a partner's export job." },
  { submit = "triage" },
  { finish = true },
}
