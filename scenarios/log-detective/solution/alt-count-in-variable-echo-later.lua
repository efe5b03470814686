-- Alternative (play-test, a careful junior's other route): keeps the figures in shell variables
-- and prints them on a later line, as many do in a terminal: `top=$(... | head -n 3)`, then
-- `n=$(grep ... | wc -l)` with no output, then `echo "$top"; echo "... $n"`, and answer.txt
-- filled from the variables with a here-document. The line that shows the count runs only
-- builtins (echo), the line that counted printed nothing: the count came from the log all the
-- same (replayed after the lines before it, on the varied log, it prints the smaller figure).
-- Must score 100.
return {
  { sh = "head -n 2 access.log" },
  { sh = [[top=$(grep -E ' \[12/Mar/2024:14:0[0-9]:' access.log | awk '$9 >= 500 && $9 < 600 {print $1}' | sort | uniq -c | sort -rn | head -n 3)]] },
  { sh = [[ip=$(echo "$top" | head -n 1 | awk '{print $2}'); n=$(grep -E "^$ip .*\[12/Mar/2024:14:0[0-9]:" access.log | awk '$9 >= 500 && $9 < 600' | wc -l)]] },
  { sh = [[echo "$top"; echo "top client $ip, 5xx in the window: $n"]] },
  { sh = [[grep "^$ip " access.log | awk '$9 >= 500 {print $7}' | cut -d'?' -f1 | sort | uniq -c]] },
  { sh = [[cat > answer.txt <<EOF
$(grep '^#' answer.txt)
ip: $ip
count: $n
endpoint: /api/export
EOF
cat answer.txt]] },
  { say = "dana", text = "Dana: it's 198.51.100.23. It got 46 5xx responses between 14:00 and 14:10, all on /api/export (the CSV export)." },
  { post = "#incidents", text = "Update: one client (198.51.100.23) caused the 5xx spike by hammering the CSV export. Dana is on the mitigation." },
  { submit = "triage" },
  { finish = true },
}
