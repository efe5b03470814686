-- Alternative solution for csv-cleanup: no python at all. Ask Ines (who relays Tomas's answer),
-- import the export into an in-memory SQLite database, rebuild the dates with substr(),
-- deduplicate with GROUP BY + MIN(), and write both files from sqlite3 itself.
return {
  { sh = "head -n 4 signups.csv; grep -c '/2024' signups.csv; grep -o '^[0-9][0-9]/[0-9][0-9]' signups.csv | cut -d/ -f1 | sort -n | tail -n 1" },
  { say = "ines", text = "Hi Ines, quick check before I count: the old spreadsheet dates look European (day first, DD/MM/YYYY). Can you confirm?" },
  { sh = "cut -d, -f3 signups.csv | tr 'A-Z' 'a-z' | tr -d ' ' | sort | uniq -d | head -n 3" },
  { sh = [[sqlite3 :memory: <<'SQL'
.mode csv
.import signups.csv raw
CREATE TABLE s AS SELECT
  CASE WHEN submitted_at LIKE '__/__/____ __:__'
       THEN substr(submitted_at, 7, 4) || '-' || substr(submitted_at, 4, 2) || '-' || substr(submitted_at, 1, 2) || ' ' || substr(submitted_at, 12, 5)
       ELSE substr(replace(submitted_at, 'T', ' '), 1, 16) END AS ts,
  trim(name) AS name, lower(trim(email)) AS email, workshop, city
FROM raw;
DELETE FROM s WHERE email LIKE '%@larkspur.test';
.headers on
.output clean.csv
SELECT MIN(ts) AS submitted_at, name, email, workshop, city FROM s GROUP BY email, workshop ORDER BY 1;
.output answer.txt
.headers off
.mode list
SELECT 'people: ' || COUNT(DISTINCT email) FROM s;
SELECT 'intro_to_sql: ' || COUNT(DISTINCT email) FROM s WHERE workshop = 'Intro to SQL';
SQL
cat answer.txt; wc -l clean.csv]] },
  { say = "ines", text = "clean.csv and answer.txt are ready: 150 people signed up in total, 39 of them for Intro to SQL (first submission kept, test sign-ups left out)." },
  { submit = "clean" },
  { finish = true },
}
