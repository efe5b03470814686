-- The shop's first schema (2019): products, orders with the customer typed in, order lines.
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  price_cents INTEGER NOT NULL
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  placed_at TEXT NOT NULL,          -- UTC, 'YYYY-MM-DD HH:MM:SS'
  customer_email TEXT,              -- as typed at checkout (or by the agent for phone orders)
  customer_name TEXT,
  total_cents INTEGER NOT NULL
);

CREATE TABLE order_items (
  order_id INTEGER NOT NULL REFERENCES orders(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL,
  PRIMARY KEY (order_id, product_id)
);
