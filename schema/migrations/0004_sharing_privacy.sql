-- Sharing, privacy and coordinator results.

-- When a survey closed (the day), for the retention period; when its raw responses were purged;
-- archived surveys leave the coordinator's main list.
ALTER TABLE surveys ADD COLUMN closed_on TEXT;
ALTER TABLE surveys ADD COLUMN purged_on TEXT;
ALTER TABLE surveys ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;

-- Printed single-use participation codes, stored hashed and apart from responses: no id, no time,
-- nothing ties a used code to the response it allowed.
CREATE TABLE participation_codes (
  survey_id  TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  code_hash  TEXT NOT NULL,
  used       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (survey_id, code_hash)
) WITHOUT ROWID;

-- Results broken down by one answer (a `breakdown` question such as profession): the same
-- counters as `tallies`, per (breakdown question, option). Released in steps of k like the rest.
CREATE TABLE cross_tallies (
  survey_id        TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  by_question      TEXT NOT NULL,
  by_option        TEXT NOT NULL,
  question_id      TEXT NOT NULL,
  item_id          TEXT NOT NULL,
  option_key       TEXT NOT NULL,
  count            INTEGER NOT NULL DEFAULT 0,
  total            REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (survey_id, by_question, by_option, question_id, item_id, option_key)
) WITHOUT ROWID;

CREATE TABLE published_cross_tallies (
  survey_id        TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  by_question      TEXT NOT NULL,
  by_option        TEXT NOT NULL,
  question_id      TEXT NOT NULL,
  item_id          TEXT NOT NULL,
  option_key       TEXT NOT NULL,
  count            INTEGER NOT NULL,
  total            REAL NOT NULL,
  PRIMARY KEY (survey_id, by_question, by_option, question_id, item_id, option_key)
) WITHOUT ROWID;
