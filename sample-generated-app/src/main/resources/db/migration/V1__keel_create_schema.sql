-- V1, planned by Keel from schema.sql, keel_refresh_tokens.sql.
-- Keel adds a migration when the DDL changes and never edits one it has written.
-- The DDL's statements as written, in order; statements Keel skips (row level security,
-- policies, grants, functions, extensions, data) are not part of it.

-- uuid_generate_v4() and its kin come from this extension.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
  email TEXT UNIQUE NOT NULL,
  password_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('user', 'admin')),
  created_at TIMESTAMPTZ DEFAULT NOW(),
  updated_at TIMESTAMPTZ DEFAULT NOW()
);

CREATE TABLE projects (
  id UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT,
  status TEXT CHECK (status IN ('active', 'completed', 'archived')),
  created_at TIMESTAMPTZ DEFAULT NOW(),
  updated_at TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_projects_user_id ON projects(user_id);

CREATE INDEX idx_projects_status ON projects(status) WHERE status != 'archived';

CREATE INDEX idx_projects_created_at ON projects(created_at DESC);

CREATE TABLE keel_refresh_tokens (
  token_hash TEXT PRIMARY KEY,
  family_id UUID NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_at TIMESTAMPTZ NOT NULL,
  rotated_at TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_keel_refresh_tokens_family_id ON keel_refresh_tokens(family_id);
