-- 0005: receipts look payments up by booking.
CREATE INDEX payments_booking ON payments (booking_ref);
