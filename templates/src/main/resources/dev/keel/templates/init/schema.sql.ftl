<#-- @ftlvariable name="" type="dev.keel.core.init.NewProject" -->
<#-- keel-template-version: 1 -->
-- The tables of ${title}. Keel plans the Flyway migrations under src/main/resources/db/migration from this file.
CREATE TABLE tasks (
  id BIGSERIAL PRIMARY KEY,
  title VARCHAR(120) NOT NULL,
  done BOOLEAN NOT NULL DEFAULT FALSE
);
