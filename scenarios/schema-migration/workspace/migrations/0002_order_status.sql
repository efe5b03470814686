-- Orders get a status (refunds and cancellations used to be a spreadsheet).
ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'paid';
