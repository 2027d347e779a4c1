-- Releases: results are frozen snapshots made on a schedule, not live counters.
--
-- A release is made by the hourly job at the organisation's publication hour (at most once a day)
-- or at closing, and only when at least k responses arrived since the previous one. It computes
-- every figure from the raw responses, checks everything it would publish together with everything
-- published before (worker/domain/disclosure), and stores what passes. Reading results reads the
-- snapshot: O(questions × options) rows, whatever the number of responses.
--
-- No response row says whether it was released: the release keeps counters, not per-row flags.
-- Submissions no longer touch any counter (no tallies to update, so no write order to read in them).

DROP TABLE IF EXISTS published_cross_tallies;
DROP TABLE IF EXISTS cross_tallies;
DROP TABLE IF EXISTS published_tallies;
DROP TABLE IF EXISTS tallies;
DROP INDEX IF EXISTS responses_released;
ALTER TABLE responses DROP COLUMN released;
-- The day went with the per-day activity view: participation is shown per release instead.
ALTER TABLE responses DROP COLUMN day;

-- The hour (0–23, Europe/Paris) at which the organisation's results are published, shown to coordinators.
ALTER TABLE organisations ADD COLUMN release_hour INTEGER NOT NULL DEFAULT 7;

-- When the hourly job next looks at the survey (ISO time); null for drafts and for closed surveys with nothing left to publish.
ALTER TABLE surveys ADD COLUMN next_release_at TEXT;
-- The day owners downloaded a row-by-row export: only one such file may ever exist, so the survey can no longer reopen.
ALTER TABLE surveys ADD COLUMN rows_exported_on TEXT;

CREATE TABLE releases (
  survey_id  TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  number     INTEGER NOT NULL,                 -- 1, 2, 3… per survey
  made_at    TEXT NOT NULL,                    -- ISO time of the release (a schedule the organisation sees)
  kind       TEXT NOT NULL CHECK (kind IN ('scheduled', 'closing')),
  responses  INTEGER NOT NULL,                 -- responses this release describes (cumulative)
  -- What the release published: which groups' counts, and per measure which populations' figures (JSON).
  plan       TEXT NOT NULL,
  -- Per profile, how many respondents (and answerers of each measure) the release counted, for the
  -- next releases' disclosure check (JSON). Deleted with the raw responses.
  atoms      TEXT,
  PRIMARY KEY (survey_id, number)
) WITHOUT ROWID;

-- The latest published figures of each view ('' = everyone, '<question>=<option>' = one group) and
-- measure (a question, a matrix row, a score scale, '#n' = respondents): the cells as tallies.
CREATE TABLE published_cells (
  survey_id    TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  view         TEXT NOT NULL,
  measure      TEXT NOT NULL,
  question_id  TEXT NOT NULL,
  item_id      TEXT NOT NULL,
  option_key   TEXT NOT NULL,
  count        INTEGER NOT NULL,
  total        REAL NOT NULL,
  PRIMARY KEY (survey_id, view, question_id, item_id, option_key)
) WITHOUT ROWID;

-- Per view and measure: the release its figures come from (null: never published) and, when the
-- latest release could not refresh them, why ('under_k': fewer than k; 'deducible': publishing them
-- would let a smaller group be worked out).
CREATE TABLE published_measures (
  survey_id  TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  view       TEXT NOT NULL,
  measure    TEXT NOT NULL,
  release    INTEGER,
  withheld   TEXT CHECK (withheld IN ('under_k', 'deducible')),
  PRIMARY KEY (survey_id, view, measure)
) WITHOUT ROWID;

-- The free texts of each text question as last released (shuffled, random ids): what editors read.
CREATE TABLE release_texts (
  survey_id    TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  question_id  TEXT NOT NULL,
  id           TEXT NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (survey_id, question_id, id)
) WITHOUT ROWID;

-- The responses of the latest release, coarsened for row exports (numbers as ranges, dates as
-- months, no free text; profile kept for k-anonymous recoding at download), random ids.
CREATE TABLE release_rows (
  survey_id  TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  id         TEXT NOT NULL,
  row        TEXT NOT NULL,
  PRIMARY KEY (survey_id, id)
) WITHOUT ROWID;

-- Participation codes are issued in batches anyone in the organisation can see (hoarding shows).
CREATE TABLE code_batches (
  survey_id    TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  id           TEXT NOT NULL,
  issued_at    TEXT NOT NULL,
  issued_by    TEXT NOT NULL,                  -- the coordinator's name at the time
  count        INTEGER NOT NULL,
  population   INTEGER NOT NULL,               -- the declared population when they were issued
  PRIMARY KEY (survey_id, id)
) WITHOUT ROWID;
