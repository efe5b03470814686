-- Alternative (play-test playB: shell builtins only): a junior on a box without awk habits reads
-- the log with bash's own `while read` loops: an associative array counts the 5xx per client in
-- the 14:00-14:09 window (`[[ $ts == "[12/Mar/2024:14:0"* ]]`, `c[$ip]=$((...))`), a second
-- loop counts the top client's and prints the paths it hit, and answer.txt is written with
-- printf. No program runs (echo, printf, read, [[ ]] are builtins), so the exec trace shows no
-- reader of the log and the figures looked made up: never_counted -25, never_looked_endpoint
-- -10, reported 10 of 20. Replayed after the lines before them on the varied log, the loops
-- print the varied figure: the count and the path came from the log. Must score 100.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "read -r first < access.log; echo \"$first\"" },
  { sh = [==[declare -A c; while read -r ip _ _ ts _ _ _ _ st _; do [[ $ts == "[12/Mar/2024:14:0"* && $st == 5[0-9][0-9] ]] && c[$ip]=$(( ${c[$ip]:-0} + 1 )); done < access.log; for i in "${!c[@]}"; do echo "${c[$i]} $i"; done]==] },
  { sh = [==[n=0; while read -r ip _ _ ts _ _ path _ st _; do [[ $ip == 198.51.100.23 && $ts == "[12/Mar/2024:14:0"* && $st == 5[0-9][0-9] ]] && { n=$((n + 1)); last=${path%%\?*}; }; done < access.log; echo "5xx: $n, path: $last"]==] },
  { sh = [==[printf 'ip: %s\ncount: %s\nendpoint: %s\n' 198.51.100.23 "$n" "$last" > answer.txt]==] },
  { say = "dana", text = "198.51.100.23: 46 5xx between 14:00 and 14:10, on /api/export." },
  { post = "#incidents", text = "update: the spike is one client, 198.51.100.23, hammering the csv export. dana is on the mitigation." },
  { submit = "triage" },
  { finish = true },
}
