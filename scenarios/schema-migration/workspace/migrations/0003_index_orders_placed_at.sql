-- Reports filter orders by date.
CREATE INDEX idx_orders_placed_at ON orders (placed_at);
