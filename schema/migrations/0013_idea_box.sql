-- The idea box (issue 13): boxes, ideas, supports, reports, kiosks, and the links from ideas to
-- live workshops. Nothing here identifies an author or a supporter: no account, IP address, user
-- agent or time (days only); ids are random; a receipt code and a kiosk token are kept hashed; a
-- support is keyed by SHA-256(device token, box, idea), so one device's supports cannot be linked.

CREATE TABLE idea_boxes (
  id               TEXT PRIMARY KEY,                  -- crypto.randomUUID()
  organisation_id  TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  slug             TEXT NOT NULL UNIQUE,
  definition       TEXT NOT NULL,                     -- BoxInput, JSON
  member_key       TEXT,                              -- a members' box: the key its link carries
  version          INTEGER NOT NULL DEFAULT 1,        -- edits of the definition
  shown            INTEGER NOT NULL DEFAULT 1,        -- moves whenever what the public pages show changes (the display's ETag)
  created_on       TEXT NOT NULL                      -- a day
) WITHOUT ROWID;
CREATE INDEX idea_boxes_by_organisation ON idea_boxes (organisation_id);

-- Support counters live on the idea a family of merged ideas counts for (its root): `supports` is what
-- is shown, a lower bound nobody is counted twice in (exact until a merge; see worker/db/idea-supports.ts).
CREATE TABLE ideas (
  id              TEXT PRIMARY KEY,                   -- crypto.randomUUID()
  box_id          TEXT NOT NULL REFERENCES idea_boxes (id) ON DELETE CASCADE,
  search_id       INTEGER NOT NULL UNIQUE,            -- its row in ideas_fts (random)
  theme           TEXT NOT NULL,
  text            TEXT NOT NULL,                      -- as redacted: the original is not kept
  source          TEXT NOT NULL CHECK (source IN ('online', 'kiosk', 'paper', 'survey')),
  status          TEXT NOT NULL CHECK (status IN ('pending', 'declined', 'received', 'studying', 'retained', 'done', 'rejected', 'withdrawn', 'merged', 'hidden')),
  hidden_from     TEXT,                               -- the status a hidden idea goes back to
  must_reword     INTEGER NOT NULL DEFAULT 0,         -- a survey's free text: reworded before approval
  answer          TEXT,                               -- LocalizedText, JSON
  decline_reason  TEXT,
  merged_into     TEXT,
  root_id         TEXT NOT NULL,                      -- the idea its supports count for (itself unless merged)
  receipt_hash    TEXT UNIQUE,                        -- SHA-256 of the author's receipt code; null once purged
  source_key      TEXT,                               -- a survey's text: SHA-256(survey, question, text), imported once
  reports         INTEGER NOT NULL DEFAULT 0,
  supports        INTEGER NOT NULL DEFAULT 0,         -- shown: kiosk_supports + MAX(floor_count, sole_rows + the family's largest open_rows)
  supports_max    INTEGER NOT NULL DEFAULT 0,         -- device supports, at most (differs after a merge)
  sole_rows       INTEGER NOT NULL DEFAULT 0,         -- support rows known to be their device's only one in the family
  open_rows       INTEGER NOT NULL DEFAULT 0,         -- rows under this idea's hash whose device may also have supported another of the family
  floor_count     INTEGER NOT NULL DEFAULT 0,         -- devices at least, as a merge left it and as known changes moved it since
  kiosk_supports  INTEGER NOT NULL DEFAULT 0,
  history         TEXT NOT NULL DEFAULT '[]',         -- IdeaHistoryEntry[], JSON (days only)
  created_on      TEXT NOT NULL,
  answered_on     TEXT,
  settled_on      TEXT                                -- the day it was declined, withdrawn, merged, done or rejected (retention)
) WITHOUT ROWID;
CREATE INDEX ideas_by_box ON ideas (box_id, status);
CREATE INDEX ideas_by_root ON ideas (root_id);
CREATE UNIQUE INDEX ideas_by_source_key ON ideas (box_id, source_key) WHERE source_key IS NOT NULL;

-- Approved ideas' texts, for « similar ideas » while typing: accents and case folded by the
-- tokenizer, plurals and stop words by the query (worker/domain/ideas/search-terms.ts).
CREATE VIRTUAL TABLE ideas_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');

-- One row per device and idea: SHA-256(device token, box, idea). Nothing else about the device.
CREATE TABLE idea_supports (
  idea_id         TEXT NOT NULL,                      -- the idea whose hash this is (it may since have been merged)
  supporter_hash  TEXT NOT NULL,
  sole            INTEGER NOT NULL DEFAULT 1,         -- 1: the device's only support in its family of merged ideas
  PRIMARY KEY (idea_id, supporter_hash)
) WITHOUT ROWID;

-- Reports from distinct devices: SHA-256(device token, box, idea, "report").
CREATE TABLE idea_reports (
  idea_id        TEXT NOT NULL,
  reporter_hash  TEXT NOT NULL,
  PRIMARY KEY (idea_id, reporter_hash)
) WITHOUT ROWID;

-- Ideas a device proposed today, for the daily cap: SHA-256(device token, box, day), so two days of
-- one device cannot be linked; yesterday's rows are deleted by the daily job.
CREATE TABLE idea_device_days (
  box_id       TEXT NOT NULL,
  device_hash  TEXT NOT NULL,
  day          TEXT NOT NULL,
  ideas        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (box_id, device_hash)
) WITHOUT ROWID;

-- Kiosks enrolled by a coordinator: the token is shown once in the link, only its SHA-256 is kept.
-- `today` counts the day's contributions (the cap); `paused_until` ends the pause after the last one.
CREATE TABLE idea_kiosks (
  id            TEXT PRIMARY KEY,
  box_id        TEXT NOT NULL REFERENCES idea_boxes (id) ON DELETE CASCADE,
  label         TEXT NOT NULL,
  token_hash    TEXT NOT NULL UNIQUE,
  created_on    TEXT NOT NULL,
  day           TEXT,
  today         INTEGER NOT NULL DEFAULT 0,
  paused_until  TEXT
) WITHOUT ROWID;
CREATE INDEX idea_kiosks_by_box ON idea_kiosks (box_id);

-- Ideas put to a live workshop's question (one option each); `recorded` once the result is on the idea.
CREATE TABLE idea_promotions (
  session_id   TEXT NOT NULL,
  question_id  TEXT NOT NULL,
  idea_id      TEXT NOT NULL,
  box_id       TEXT NOT NULL,
  option_id    TEXT NOT NULL,
  recorded     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (session_id, question_id, idea_id)
) WITHOUT ROWID;
CREATE INDEX idea_promotions_by_box ON idea_promotions (box_id);
