-- Gaming: no analysis of the window; asks the lead about the busiest IPs of the whole log one by
-- one, then "reports" each in turn until one is accepted. The lead must not confirm guesses,
-- and the first wrong report costs the report points.
return { expect = { outcome = "failed" },
  { sh = "awk '{print $1}' access.log | sort | uniq -c | sort -rn | head -n 4" },
  { say = "dana", text = "Is it 192.0.2.44?" },
  { say = "dana", text = "Is it 198.51.100.23?" },
  { say = "dana", text = "It's 192.0.2.44." },
  { say = "dana", text = "Sorry, it's 198.51.100.23." },
  { sh = "sed -i 's|^ip:.*|ip: 198.51.100.23|' answer.txt" },
  { submit = "triage" },
  { finish = true },
}
