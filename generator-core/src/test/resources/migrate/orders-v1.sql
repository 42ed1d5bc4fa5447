-- Constraints and indexes left unnamed, so that PostgreSQL names them.
CREATE TABLE "Order" (
  id SERIAL PRIMARY KEY,
  "Total" NUMERIC(10,2) NOT NULL DEFAULT 0,
  note TEXT
);

CREATE TABLE items (
  id SERIAL PRIMARY KEY,
  order_id INT REFERENCES "Order"(id) ON DELETE CASCADE,
  sku TEXT NOT NULL,
  qty INT DEFAULT 1 CHECK (qty > 0),
  CHECK (qty < 1000 OR sku LIKE 'BULK%')
);

CREATE INDEX ON items(order_id, sku);
