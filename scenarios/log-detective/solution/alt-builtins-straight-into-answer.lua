-- Alternative (play-test playB, shell builtins only, nothing echoed): counts the culprit's 5xx
-- in the window with a bash `while read` loop straight into a variable and writes answer.txt
-- with printf from the variables, then reads answer.txt in the desktop's editor (no command) and
-- tells Dana what it holds. No command output ever shows the count; answer.txt does, and the
-- learner's commands, replayed on the varied log, write the varied count into it. Must pass with
-- full marks for answer.txt (no never_counted / never_looked_endpoint).
return { expect = { outcome = "passed", min_percent = 90 },
  { sh = "head -n 2 access.log" },
  { sh = [==[declare -A c; while read -r ip _ _ ts _ _ _ _ st _; do [[ $ts == "[12/Mar/2024:14:0"* && $st == 5[0-9][0-9] ]] && c[$ip]=$(( ${c[$ip]:-0} + 1 )); done < access.log; top=; for i in "${!c[@]}"; do [[ -z $top || ${c[$i]} -gt ${c[$top]} ]] && top=$i; done]==] },
  { sh = [==[n=0; while read -r ip _ _ ts _ _ path _ st _; do [[ $ip == "$top" && $ts == "[12/Mar/2024:14:0"* && $st == 5[0-9][0-9] ]] && { n=$((n + 1)); ep=${path%%\?*}; }; done < access.log; printf 'ip: %s\ncount: %s\nendpoint: %s\n' "$top" "$n" "$ep" > answer.txt]==] },
  { say = "dana", text = "198.51.100.23: 46 5xx between 14:00 and 14:10, on /api/export. Evidence in answer.txt." },
  { post = "#incidents", text = "Update: the spike is one client, 198.51.100.23, hammering the CSV export. Dana is on the mitigation." },
  { submit = "triage" },
  { finish = true },
}
