-- Retention covers every referral, and consent records name the exact statement read.

-- Every consent statement this server has offered: one row per exact text (per language and
-- retention period), added at start when a translation or the retention period changes. A
-- referral names the version its family heard, so the text can always be shown again.
CREATE TABLE consent_statements (
    version          TEXT PRIMARY KEY NOT NULL,
    language         TEXT NOT NULL,
    retention_days   INTEGER NOT NULL CHECK (retention_days > 0),
    text             TEXT NOT NULL,
    first_offered_at INTEGER NOT NULL
);

-- The statement version the family heard (NULL for referrals queued before statements were
-- versioned by their text: `consent_version` 1).
ALTER TABLE referrals ADD COLUMN consent_statement TEXT REFERENCES consent_statements (version);
-- The retention period promised in that statement, in days (NULL: the configured period).
ALTER TABLE referrals ADD COLUMN retention_days INTEGER;
-- When anyone last did anything with the referral (a status change or a note): personal
-- details are purged once it has been untouched for the retention period, whatever its status.
ALTER TABLE referrals ADD COLUMN touched_at INTEGER;
UPDATE referrals SET touched_at = changed_at;
-- A purged referral's content hash is emptied (''), so that guessing a name and phone number
-- cannot confirm it was ever referred.
UPDATE referrals SET content_hash = '' WHERE purged_at IS NOT NULL;

DROP INDEX referrals_finished;
CREATE INDEX referrals_touched ON referrals (touched_at) WHERE purged_at IS NULL;
