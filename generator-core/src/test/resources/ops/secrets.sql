CREATE TABLE secrets (
  id BIGSERIAL PRIMARY KEY,
  label TEXT NOT NULL,
  content TEXT
);
