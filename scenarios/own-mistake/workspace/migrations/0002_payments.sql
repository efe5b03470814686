-- 0002: card payments, one per paid booking (SHOP-140).
CREATE TABLE payments (
  id           INTEGER PRIMARY KEY,
  booking_ref  TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  paid_at      TEXT NOT NULL
);
