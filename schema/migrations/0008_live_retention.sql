-- Live sessions: the day a session ended (its last /end; null while a draft or open), so the daily
-- retention job can delete a session and its votes and ideas 12 months after it ended.
ALTER TABLE live_sessions ADD COLUMN ended_on TEXT;
