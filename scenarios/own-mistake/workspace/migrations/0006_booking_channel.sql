-- 0006 (SHOP-311): every booking records its sales channel (web, app or phone) for the sales
-- report. The column gets a CHECK constraint, so the table is rebuilt the SQLite way: create the
-- new table, copy the rows over, drop the old table, rename the new one. Every booking made so
-- far came through the website, so existing rows are 'web' (the column default).
CREATE TABLE bookings_new (
  ref            TEXT PRIMARY KEY,
  customer_email TEXT NOT NULL,
  bike_id        INTEGER NOT NULL REFERENCES bikes(id),
  slot_start     TEXT NOT NULL,
  slot_end       TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'confirmed',
  channel        TEXT NOT NULL DEFAULT 'web' CHECK (channel IN ('web', 'app', 'phone'))
);
DROP TABLE bookings;
ALTER TABLE bookings_new RENAME TO bookings;
CREATE INDEX bookings_bike_slot ON bookings (bike_id, slot_start);
