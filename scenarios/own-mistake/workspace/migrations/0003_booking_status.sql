-- 0003: bookings can be cancelled or completed (SHOP-188).
ALTER TABLE bookings ADD COLUMN status TEXT NOT NULL DEFAULT 'confirmed';
