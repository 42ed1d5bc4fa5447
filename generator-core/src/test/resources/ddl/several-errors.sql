CREATE TABLE a (
  id INT PRIMARY KEY,
  name TEXT NOT NUL
);

CREATE TABLE b (id INT PRIMARY KEY, shape GEOMETRYISH);

CREATE INDEX idx_missing ON nowhere (id);

CREATE TABEL c (id INT);

CREATE TABLE d (
  id INT PRIMARY KEY,
  note TEXT DEFAULT 'it''s; fine' -- a ; in a comment
);
