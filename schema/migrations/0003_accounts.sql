-- Organisations, coordinator accounts, sessions and invitations.
-- Coordinators are identified; respondents never are: nothing here references a response.

CREATE TABLE organisations (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

CREATE TABLE users (
  id               TEXT PRIMARY KEY,
  email            TEXT NOT NULL UNIQUE,       -- stored lowercased
  name             TEXT NOT NULL,
  -- PBKDF2-SHA256: base64 hash and salt, and the iteration count used (so it can be raised later).
  password_hash    TEXT NOT NULL,
  password_salt    TEXT NOT NULL,
  password_iterations INTEGER NOT NULL,
  created_at       TEXT NOT NULL
);

CREATE TABLE memberships (
  organisation_id  TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role             TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  PRIMARY KEY (organisation_id, user_id)
) WITHOUT ROWID;
CREATE INDEX memberships_by_user ON memberships (user_id);

-- Only the SHA-256 of a session token is stored: a leaked database does not sign anyone in.
CREATE TABLE sessions (
  token_hash  TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Single-use links, stored hashed: the one-time setup of a fresh install, and invitations.
CREATE TABLE setup_tokens (
  token_hash  TEXT PRIMARY KEY,
  expires_at  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE invitations (
  token_hash       TEXT PRIMARY KEY,
  organisation_id  TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  email            TEXT NOT NULL,
  role             TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  invited_by       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at       TEXT NOT NULL,
  used_at          TEXT
) WITHOUT ROWID;

-- Every survey belongs to one organisation; surveys seeded before setup (the demo) have none
-- until the first organisation is created, which adopts them.
ALTER TABLE surveys ADD COLUMN organisation_id TEXT REFERENCES organisations (id) ON DELETE CASCADE;
CREATE INDEX surveys_by_organisation ON surveys (organisation_id);
