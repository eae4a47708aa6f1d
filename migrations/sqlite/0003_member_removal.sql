-- An organisation admin can take a member's access away (someone who has left). The account
-- stays, because the referrals it made keep pointing at it; it can no longer sign in, its
-- sessions end, and invitations it made and nobody used stop working.
ALTER TABLE users ADD COLUMN disabled_at INTEGER;
