-- Pouls foundation: surveys, anonymous responses, pre-aggregated tallies.
-- Anonymity by construction: no IP, user agent, referrer or exact time is ever stored with a response;
-- ids are random and tables holding responses are WITHOUT ROWID, so storage order reveals nothing.

CREATE TABLE surveys (
  id          TEXT PRIMARY KEY,
  slug        TEXT NOT NULL UNIQUE,
  status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  -- The validated definition (title, settings, pages) as JSON.
  definition  TEXT NOT NULL,
  -- Bumped on every change, for optimistic concurrency.
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE responses (
  id         TEXT PRIMARY KEY,
  survey_id  TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  -- The day only (YYYY-MM-DD, UTC), never the time.
  day        TEXT NOT NULL,
  answers    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX responses_by_survey ON responses (survey_id);

-- Idempotency keys already used: a retried submission is counted once.
-- Kept apart from responses with nothing that links them (no response id, no time).
CREATE TABLE submission_keys (
  survey_id  TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  key_hash   TEXT NOT NULL,
  PRIMARY KEY (survey_id, key_hash)
) WITHOUT ROWID;

-- Pre-aggregated counters, written in the same batch as each response (see worker/domain/tally.ts).
CREATE TABLE tallies (
  survey_id    TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  question_id  TEXT NOT NULL,
  item_id      TEXT NOT NULL,
  option_key   TEXT NOT NULL,
  count        INTEGER NOT NULL DEFAULT 0,
  total        REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (survey_id, question_id, item_id, option_key)
) WITHOUT ROWID;
