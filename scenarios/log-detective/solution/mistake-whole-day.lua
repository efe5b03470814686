-- Mistake: counts 5xx per client over the whole log instead of 14:00-14:10 and falls into the
-- earlier 502 burst of another client; reports it with its count.
return { expect = { outcome = "failed", max_percent = 25 },
  { post = "#incidents", text = "On it, checking the log." },
  { sh = [[awk '$9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[ip=$(awk '$9 ~ /^5/ {print $1}' access.log | sort | uniq -c | sort -rn | head -n 1 | awk '{print $2}'); n=$(awk -v ip=$ip '$1 == ip && $9 ~ /^5/' access.log | wc -l); ep=$(awk -v ip=$ip '$1 == ip && $9 ~ /^5/ {split($7, p, "?"); print p[1]}' access.log | sort | uniq -c | sort -rn | head -n 1 | awk '{print $2}'); sed -i "s|^ip:.*|ip: $ip|; s|^count:.*|count: $n|; s|^endpoint:.*|endpoint: $ep|" answer.txt; cat answer.txt]] },
  { say = "dana", text = "Found it: 192.0.2.44 with 61 5xx errors." },
  { submit = "triage" },
  { finish = true },
}
