-- Round 10 (pc10), the indirect runner: the query lives in query.sql (with .headers/.mode csv),
-- run.sh feeds it to `sqlite3 -readonly shop.db` into answer.csv, and the learner runs it as
-- `timeout 60 sh -c 'bash run.sh'`; delivers in #analytics with @nora and every region's figure.
-- Valid work through a script file: 100 %.
local part = require("parts.case_sum")
return part.script(nil, part.ask_february, part.dictionary, {
  { sh = [==[cat > query.sql <<'SQL'
.headers on
.mode csv
SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur
FROM regions r
LEFT JOIN customers c ON c.region_id = r.id
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
  AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01'
GROUP BY r.id ORDER BY r.name;
SQL
printf '#!/bin/sh\nsqlite3 -readonly shop.db < query.sql > answer.csv\n' > run.sh && timeout 60 sh -c 'bash run.sh' && cat answer.csv]==] },
}, part.submit, {
  { post = "#analytics", text = "@nora answer.csv is ready: February 2024 (UTC), paid orders only. North 38288.78 EUR, South 29498.79, East 27641.91, West 26776.17, Islands 0.00." },
}, part.finish)
