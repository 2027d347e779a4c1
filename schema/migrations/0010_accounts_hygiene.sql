-- Accounts hygiene (issue 10): per-account sign-in delays, trusted browsers, password-reset links,
-- a single-use guard for links, the rate-limit keys' daily secret, and the coordinators' audit log.
-- All of it is about coordinators (accounts), never about respondents: nothing here references a
-- response, a vote or a participant. Times are ISO 8601 (UTC).

-- Failed sign-ins per account, whatever the address: after a few, each attempt waits longer
-- (worker/domain/signin-throttle.ts). Keyed by the SHA-256 of the lowercased email, known or not.
CREATE TABLE signin_throttle (
  account_hash     TEXT PRIMARY KEY,
  failures         INTEGER NOT NULL,
  last_failure_at  TEXT NOT NULL
) WITHOUT ROWID;

-- Browsers where an account signed in before (a random cookie, stored hashed): they skip the
-- per-account delay, so someone failing on purpose cannot keep a colleague out of their own browser.
-- One browser may be trusted for several accounts (a shared workstation).
CREATE TABLE trusted_devices (
  token_hash  TEXT NOT NULL,
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at  TEXT NOT NULL,
  PRIMARY KEY (token_hash, user_id)
) WITHOUT ROWID;
CREATE INDEX trusted_devices_by_user ON trusted_devices (user_id);

-- One-time password-reset links, stored hashed; an owner hands one to a member (no email is sent),
-- or `npm run reset-link` issues one from the command line (issued_by null).
CREATE TABLE password_resets (
  token_hash  TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  issued_by   TEXT,
  expires_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX password_resets_by_user ON password_resets (user_id);

-- Links used: written first in the batch that uses a link, so a second use — even at the same
-- moment — breaks the primary key and rolls its whole batch back. Kept until the link's expiry.
CREATE TABLE spent_links (
  token_hash  TEXT PRIMARY KEY,
  expires_at  TEXT NOT NULL
) WITHOUT ROWID;

-- The secret rate-limit keys are derived with (HMAC of the client address), one per UTC day and
-- deleted the day after: a key seen by the limiter cannot be traced back by trying every IPv4 address.
CREATE TABLE rate_limit_secrets (
  day     TEXT PRIMARY KEY,
  secret  TEXT NOT NULL
) WITHOUT ROWID;

-- Coordinators' sensitive actions (exports, free texts read, codes and cards issued, k or visibility
-- changed, members, roles, invitations and deletions): who, when, what. Readable by owners, kept 12 months.
-- The actor's name and email are copied as they were, so the log still reads after a change.
CREATE TABLE audit_events (
  id               TEXT PRIMARY KEY,
  organisation_id  TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  at               TEXT NOT NULL,
  actor_id         TEXT NOT NULL,
  actor_name       TEXT NOT NULL,
  actor_email      TEXT NOT NULL,
  action           TEXT NOT NULL,
  target_id        TEXT,
  target_label     TEXT,
  detail           TEXT
) WITHOUT ROWID;
CREATE INDEX audit_events_by_organisation ON audit_events (organisation_id, at);
CREATE INDEX audit_events_by_time ON audit_events (at);

-- The daily purge finds expired rows without reading every row.
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE INDEX invitations_by_expiry ON invitations (expires_at);
