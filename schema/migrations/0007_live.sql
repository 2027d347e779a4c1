-- Live workshops (issue 5): sessions, question states, votes, printed cards and ideas.
-- Nothing here identifies a participant: no time, address or user agent is stored with a vote,
-- and a vote is keyed by SHA-256(device token, session, question, round), so one device's votes on
-- two questions cannot be linked. Ids are random (UUIDs or random tokens), never sequences.

CREATE TABLE live_sessions (
  id               TEXT PRIMARY KEY,                  -- crypto.randomUUID()
  organisation_id  TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  join_code        TEXT NOT NULL UNIQUE,              -- 6 chars of JOIN_CODE_ALPHABET
  title            TEXT NOT NULL,                     -- LocalizedText, JSON
  definition       TEXT NOT NULL,                     -- LiveSessionInput, JSON (title, settings, questions)
  status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  version          INTEGER NOT NULL DEFAULT 1,
  created_on       TEXT NOT NULL                      -- a day (YYYY-MM-DD), for listing; never a time
);
CREATE INDEX live_sessions_by_organisation ON live_sessions (organisation_id);

CREATE TABLE live_question_states (
  session_id    TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  question_id   TEXT NOT NULL,
  state         TEXT NOT NULL DEFAULT 'idle' CHECK (state IN ('idle', 'open', 'locked', 'closed')),
  revealed      INTEGER NOT NULL DEFAULT 0,
  round         INTEGER NOT NULL DEFAULT 1,
  opened_order  INTEGER,                              -- rank among openings in this session; null if never opened
  published     TEXT,                                 -- the results last released to screens (k applied), JSON
  PRIMARY KEY (session_id, question_id)
) WITHOUT ROWID;

CREATE TABLE live_votes (
  session_id   TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  question_id  TEXT NOT NULL,
  round        INTEGER NOT NULL,
  voter_hash   TEXT NOT NULL,
  college      TEXT,
  value        TEXT NOT NULL,                         -- JSON, as validated for the question type
  PRIMARY KEY (session_id, question_id, round, voter_hash)
) WITHOUT ROWID;

-- Printed one-time cards: only SHA-256(session, card code) is kept; each card fixes at most one college.
CREATE TABLE live_cards (
  session_id  TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  code_hash   TEXT NOT NULL,
  college     TEXT,
  PRIMARY KEY (session_id, code_hash)
) WITHOUT ROWID;

-- Ideas proposed by participants: nothing links an idea to whoever proposed it.
CREATE TABLE live_ideas (
  session_id   TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  question_id  TEXT NOT NULL,
  id           TEXT NOT NULL,                         -- random
  text         TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'hidden')),
  PRIMARY KEY (session_id, id)
) WITHOUT ROWID;

-- Upvotes: voter_hash = SHA-256(device token, session, idea), so upvotes on two ideas cannot be linked.
CREATE TABLE live_idea_votes (
  session_id  TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  idea_id     TEXT NOT NULL,
  voter_hash  TEXT NOT NULL,
  PRIMARY KEY (session_id, idea_id, voter_hash)
) WITHOUT ROWID;
