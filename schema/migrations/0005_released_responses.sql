-- Raw responses are released with the figures, in steps of k: exports and free texts only read
-- released responses, so two downloads never differ by fewer than k people.
ALTER TABLE responses ADD COLUMN released INTEGER NOT NULL DEFAULT 0;
CREATE INDEX responses_released ON responses (survey_id, released);
