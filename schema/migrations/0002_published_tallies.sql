-- Figures are released in steps of k responses: this copy of the tallies is refreshed only when the
-- response count reaches a multiple of the survey's k. Comparing two readings of the results then
-- always describes at least k new respondents, so nobody's answers can be recovered by subtraction
-- (for example by reloading the results right after a colleague submits).
CREATE TABLE published_tallies (
  survey_id    TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  question_id  TEXT NOT NULL,
  item_id      TEXT NOT NULL,
  option_key   TEXT NOT NULL,
  count        INTEGER NOT NULL,
  total        REAL NOT NULL,
  PRIMARY KEY (survey_id, question_id, item_id, option_key)
) WITHOUT ROWID;
