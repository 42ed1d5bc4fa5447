-- Constraints and indexes left unnamed, so that PostgreSQL names them.
CREATE TABLE "Order" (
  id SERIAL PRIMARY KEY,
  "Total" NUMERIC(12,2) NOT NULL DEFAULT 0,
  note TEXT DEFAULT '',
  placed_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE items (
  id SERIAL PRIMARY KEY,
  order_id INT REFERENCES "Order"(id) ON DELETE SET NULL,
  sku TEXT NOT NULL UNIQUE,
  qty BIGINT DEFAULT 2 CHECK (qty > 0 AND qty < 100),
  CHECK (qty < 500 OR sku LIKE 'BULK%')
);

CREATE INDEX ON items(order_id, sku);
CREATE INDEX items_large ON items(qty) WHERE qty > 10;
