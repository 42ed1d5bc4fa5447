CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$
BEGIN
  NEW.updated_at = now(); -- semicolons inside a dollar-quoted body
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TABLE public.entries (
  id BIGSERIAL PRIMARY KEY,
  mood mood NOT NULL,
  amount NUMERIC(10, 2) NOT NULL CONSTRAINT amount_positive CHECK (amount >= 0),
  doc JSONB,
  tags TEXT[],
  code VARCHAR(20),
  day DATE,
  at TIMESTAMP,
  active BOOLEAN NOT NULL DEFAULT true,
  updated_at TIMESTAMPTZ
);

CREATE TABLE entry_links (
  entry_id BIGINT NOT NULL,
  other_id BIGINT NOT NULL,
  PRIMARY KEY (entry_id, other_id)
);

ALTER TABLE entry_links ADD CONSTRAINT fk_entry FOREIGN KEY (entry_id) REFERENCES entries (id) ON DELETE RESTRICT;
ALTER TABLE entry_links ADD FOREIGN KEY (other_id) REFERENCES entries (id);
CREATE UNIQUE INDEX ON entries (code);
COMMENT ON TABLE entries IS 'one entry; per day';
GRANT SELECT ON entries TO anon;

CREATE TABLE profiles (
  id UUID PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
  "displayName" TEXT,
  Nickname TEXT
);
