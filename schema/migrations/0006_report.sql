-- The scored report: how many people were invited or present, as the coordinator enters it,
-- for the response rate. Scores themselves live in the tallies (pseudo-question '#score').
ALTER TABLE surveys ADD COLUMN invited INTEGER;
