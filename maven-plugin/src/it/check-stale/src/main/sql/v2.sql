-- The tables of Tasks API. Keel plans the Flyway migrations under src/main/resources/db/migration from this file.
CREATE TABLE tasks (
  id BIGSERIAL PRIMARY KEY,
  title VARCHAR(120) NOT NULL,
  done BOOLEAN NOT NULL DEFAULT FALSE,
  due_on DATE
);
