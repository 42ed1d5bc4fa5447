-- phone_number is a domain this file never creates.
CREATE TABLE accounts (
  id BIGSERIAL PRIMARY KEY,
  handle PHONE_NUMBER NOT NULL,
  balance NUMERIC(12, 2) NOT NULL DEFAULT 0
);
