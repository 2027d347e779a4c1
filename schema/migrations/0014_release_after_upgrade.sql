-- Surveys answered before 0009 were left with no planned release (next_release_at was added empty)
-- when their counters were dropped: the hourly job never looked at them again, so their figures never
-- came back. Every survey holding responses, neither a draft nor purged, with no release and no
-- planned look, is made due: the next hourly job releases it from its raw responses (or, under k,
-- plans its next look as it does for any survey).
UPDATE surveys SET next_release_at = '2000-01-01T00:00:00.000Z'
 WHERE next_release_at IS NULL
   AND status <> 'draft'
   AND purged_on IS NULL
   AND EXISTS (SELECT 1 FROM responses WHERE responses.survey_id = surveys.id)
   AND NOT EXISTS (SELECT 1 FROM releases WHERE releases.survey_id = surveys.id);
