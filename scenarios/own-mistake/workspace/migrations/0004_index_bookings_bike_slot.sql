-- 0004: the availability check looks bookings up by bike and start time.
CREATE INDEX bookings_bike_slot ON bookings (bike_id, slot_start);
