-- Wording edited after responses (issue 11): every edit is kept, with who and when (coordinators
-- are accountable; respondents never appear here), and the definition as it was before.
CREATE TABLE survey_history (
  survey_id   TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  version     INTEGER NOT NULL,                  -- the version the edit produced
  edited_at   TEXT NOT NULL,
  edited_by   TEXT NOT NULL,                     -- the coordinator's name at the time
  changes     TEXT NOT NULL,                     -- JSON list of the paths whose wording changed
  definition  TEXT NOT NULL,                     -- the definition before the edit
  PRIMARY KEY (survey_id, version)
) WITHOUT ROWID;
