-- The counting route with awk: the 5xx per client in the 14:00-14:10 window, the culprit's
-- endpoints, and answer.txt filled in (shared by scripts that differ in what they tell Dana).
return {
  { sh = [[awk '$4 >= "[12/Mar/2024:14:00:00" && $4 < "[12/Mar/2024:14:10:00" && $9 >= 500 {print $1}' access.log | sort | uniq -c | sort -rn | head -3]] },
  { sh = [[awk '$1 == "198.51.100.23" && $9 >= 500 {split($7, p, "?"); print p[1]}' access.log | sort | uniq -c]] },
  { sh = [[sed -i 's|^ip:.*|ip: 198.51.100.23|; s|^count:.*|count: 46|; s|^endpoint:.*|endpoint: /api/export|' answer.txt]] },
}
