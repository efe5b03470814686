-- Alternative (play-test of the overwrite rules): makes Leo's at-midnight case with `python3 -c
-- "open('/tmp/mid.csv', 'w').write(...)"` in one command, runs the tool on it in the next and
-- shows the row it read with `sed -n 2p` and `awk -F,` after the run, in the same command. The
-- rows of a file outside the workspace come from the commands replayed on a copy (no rows typed
-- with a redirection here), and sed/awk that only print write no file: a real midnight test.
-- Must score 100.
local part = require("parts.reference")

return part.script(nil, part.look, part.repro, {
  { sh = [==[python3 -c "open('/tmp/mid.csv', 'w').write('date,start,end,break_min\n2024-03-07,22:00,00:00,0\n')"]==] },
  { sh = [==[bin/timesheet /tmp/mid.csv && sed -n 2p /tmp/mid.csv && awk -F, 'NR > 1 && $3 < $2 {print "ends before it starts: " $2 "-" $3}' /tmp/mid.csv]==] },
  { say = "leo", text = "Yes, I tested it: a shift 22:00-00:00 gives -22.00 h (should be 2.00 h), so ending exactly at midnight is affected too." },
}, part.report, part.hand_over)
