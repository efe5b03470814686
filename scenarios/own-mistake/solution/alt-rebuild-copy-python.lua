-- Alternative for own-mistake: tells the team channel first, fixes 0006 before restoring, then
-- rebuilds the database from a COPY of the 09:12 backup migrated with the fixed 0006, adds the
-- bookings and payments made since from the live file (Python's sqlite3), swaps the file in while
-- the site is in maintenance, rebases with fetch + rebase, reports in #pedal-team.
return {
  { sh = "tail -6 logs/migrate.log && git log --oneline -3 && ls -l backups/pre-migrate backups/nightly" },
  { post = "#pedal-team", text = "@Dana heads-up: INC-57 is my fault. My migration 0006 for SHOP-311 ran at 09:12 and the bookings table lost all its rows (the rebuild never copies them). Putting the site in maintenance and restoring now." },
  { sh = "touch ops/MAINTENANCE && mkdir -p /tmp/inc57 && cp app.db /tmp/inc57/app-broken.db" },
  { sh = [[sed -i 's/^DROP TABLE bookings;$/INSERT INTO bookings_new SELECT *, '"'"'web'"'"' FROM bookings;\nDROP TABLE bookings;/' migrations/0006_booking_channel.sql && cat migrations/0006_booking_channel.sql | tail -6]] },
  { sh = "cp backups/pre-migrate/app-v5-20240514T091203.db /tmp/inc57/rebuilt.db && python3 migrate.py --db /tmp/inc57/rebuilt.db" },
  { sh = [[python3 - <<'PY'
import sqlite3
new = sqlite3.connect("/tmp/inc57/rebuilt.db")
new.execute("ATTACH '/tmp/inc57/app-broken.db' AS live")
before = new.execute("SELECT count(*) FROM bookings").fetchone()[0]
new.execute("INSERT INTO bookings SELECT * FROM live.bookings")
new.execute("INSERT INTO payments SELECT * FROM live.payments WHERE id NOT IN (SELECT id FROM payments)")
new.commit()
print("from 09:12:", before, "since:", new.execute("SELECT count(*) FROM live.bookings").fetchone()[0],
      "now:", new.execute("SELECT count(*) FROM bookings").fetchone()[0],
      "payments:", new.execute("SELECT count(*) FROM payments").fetchone()[0], "/",
      new.execute("SELECT count(*) FROM live.payments").fetchone()[0])
for r in new.execute("""SELECT n.ref, o.ref FROM live.bookings n JOIN bookings o ON o.bike_id = n.bike_id
        AND o.ref <> n.ref AND o.created_at < '2024-05-14 09:12:03' AND o.status = 'confirmed'
        AND o.slot_start < n.slot_end AND o.slot_end > n.slot_start"""):
    print(*r)
PY]] },
  { sh = "cp /tmp/inc57/rebuilt.db app.db && sqlite3 app.db 'PRAGMA integrity_check; SELECT max(version) FROM schema_migrations' && rm ops/MAINTENANCE" },
  { sh = "git commit -qam 'Fix 0006: copy the bookings into the rebuilt table before dropping the old one (INC-57)' && git fetch -q origin && git rebase -q origin/main && git push -q origin main && git log --oneline -3" },
  { post = "#pedal-team", text = "@Kim bookings are back for everyone and the site is open again. These were double-booked this morning (new ref, then the older booking of the same bike): BK-8F1C5D/BK-041A23, BK-7662BF/BK-48EB09, BK-10FDB0/BK-114C9F, BK-9A7AE7/BK-42CC12, BK-E93491/BK-002CDF, BK-E21696/BK-826E44." },
  { submit = "restore" },
  { sh = [[cat > docs/incidents/2024-05-14-inc57-bookings.md <<'MD'
# 2024-05-14: "My bookings" empty, taken bikes bookable

Blameless. INC-57.

## Summary
The SHOP-311 migration emptied Porto's bookings table at 09:12 UTC. Fixed around 10:20.

## Timeline (UTC)
- 9:12 migration 0006 applied to app.db; the table is rebuilt empty
- 10:05 Support escalates, maintenance mode, told the team
- 10:20 restored, reopened; 10:25 0006 fixed and pushed

## Impact
1,238 bookings missing for about 70 minutes; 37 new bookings in that time, 6 of them double bookings.

## Root cause
The rebuild in migration 0006 had no copy step (INSERT INTO bookings_new SELECT ... FROM bookings),
and it went to production untried on a copy of real data.

## Follow-ups
1. Try migrations on a copy of the newest backup before production.
2. Runner: refuse to finish when a table lost rows.
MD
git add docs/incidents && git commit -qm 'INC-57 post-incident note' && git push -q]] },
  { submit = "note" },
  { finish = true },
}
