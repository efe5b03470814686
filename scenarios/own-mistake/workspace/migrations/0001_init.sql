-- 0001: bikes and bookings for the Porto shop.
CREATE TABLE bikes (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL,
  station TEXT NOT NULL
);
CREATE TABLE bookings (
  ref            TEXT PRIMARY KEY,          -- BK-xxxxxx, shown to the customer
  customer_email TEXT NOT NULL,
  bike_id        INTEGER NOT NULL REFERENCES bikes(id),
  slot_start     TEXT NOT NULL,             -- 'YYYY-MM-DD HH:MM', local time
  slot_end       TEXT NOT NULL,
  created_at     TEXT NOT NULL
);
