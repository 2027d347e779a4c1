-- Live anonymity (issue 9) and hardening (issue 10).
--
-- 1. A vote row no longer holds the college: with a college of one member, `college` linked that
--    member's votes across questions. Per-college figures come from counters per (session, question,
--    round, college): how many voters of the college hold each distinct value (keyed by the value's
--    JSON), written in the same D1 batch as the votes. The rows already stored are counted here first.
CREATE TABLE live_college_tallies (
  session_id   TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  question_id  TEXT NOT NULL,
  round        INTEGER NOT NULL,
  college      TEXT NOT NULL,
  counts       TEXT NOT NULL,                        -- JSON object: value (as JSON) → voters of the college holding it
  PRIMARY KEY (session_id, question_id, round, college)
) WITHOUT ROWID;

INSERT INTO live_college_tallies (session_id, question_id, round, college, counts)
SELECT session_id, question_id, round, college, json_group_object(value, n)
  FROM (SELECT session_id, question_id, round, college, value, COUNT(*) AS n FROM live_votes
         WHERE college IS NOT NULL GROUP BY session_id, question_id, round, college, value)
 GROUP BY session_id, question_id, round, college;

ALTER TABLE live_votes DROP COLUMN college;

-- 2. Devices that wrote in a session, under SHA-256(device token, session, "device") — a hash of their
--    own, which no vote hash can be matched with. It counts the devices a session admits (its expected
--    participants), keeps the college a device's first vote fixed (later changes are refused) and the
--    device's ideas and upvotes per question (capped). Votes cast before this migration have no device
--    row: such a device's next vote fixes its college.
CREATE TABLE live_devices (
  session_id   TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
  device_hash  TEXT NOT NULL,
  college      TEXT,                                 -- null: no colleges, or a card (which fixes its own)
  quota        TEXT NOT NULL DEFAULT '{}',           -- JSON: question id → {ideas, upvotes} of this device
  PRIMARY KEY (session_id, device_hash)
) WITHOUT ROWID;

-- 3. What a question last released now carries the history the disclosure check needs to go on after
--    a restart ({results, history}); earlier rows become {results} with an empty history.
UPDATE live_question_states SET published = json_object('results', json(published))
 WHERE published IS NOT NULL AND json_type(published, '$.results') IS NULL;
