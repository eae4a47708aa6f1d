-- Accounts, sessions and referrals. Times are UTC Unix milliseconds (INTEGER) here: they are
-- compared and aged (sessions, rate limits, retention), never shown as stored.

-- A person who signs in. Each belongs to one organisation of the directory with one role.
-- `session_epoch` goes up when the password is reset: sessions from before stop working.
CREATE TABLE users (
    id              TEXT PRIMARY KEY NOT NULL,
    email           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(email) BETWEEN 3 AND 254),
    password_hash   TEXT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    role            TEXT NOT NULL CHECK (role IN ('worker', 'org-admin', 'coordinator')),
    session_epoch   INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
);
CREATE INDEX users_organization ON users (organization_id);

-- Server-side sessions (tower-sessions records as JSON). Only an id is in the cookie.
CREATE TABLE sessions (
    id          TEXT PRIMARY KEY NOT NULL,
    data        TEXT NOT NULL,
    expiry_date INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expiry_date);

-- Failed sign-ins, for rate limiting. `key` is a SHA-256 of the email (or of the client
-- address): no personal data in clear.
CREATE TABLE login_failures (
    key TEXT NOT NULL,
    at  INTEGER NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);

-- One-time invitations to join an organisation. Only a SHA-256 of the token is kept.
CREATE TABLE invitations (
    token_hash      TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    role            TEXT NOT NULL CHECK (role IN ('worker', 'org-admin')),
    created_by      TEXT NOT NULL REFERENCES users (id),
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    used_at         INTEGER
);

-- A referral. `id` is made on the phone (UUIDv7) and is the idempotency key; `content_hash`
-- (SHA-256 of the referral as sent) tells a repeat from a different referral with the same id.
-- The service is not a foreign key: a referral outlives its service's listing. Personal
-- columns are NULL once purged (`purged_at`); the rest stays for anonymised figures.
CREATE TABLE referrals (
    id                 TEXT PRIMARY KEY NOT NULL,
    content_hash       TEXT NOT NULL,
    service_id         TEXT NOT NULL,
    service_name       TEXT NOT NULL,
    receiving_org_id   TEXT NOT NULL,
    referrer_user_id   TEXT NOT NULL REFERENCES users (id),
    referrer_org_id    TEXT NOT NULL,
    needs              TEXT NOT NULL,
    urgency            TEXT NOT NULL CHECK (urgency IN ('routine', 'soon', 'urgent')),
    safeguarding       INTEGER NOT NULL CHECK (safeguarding IN (0, 1)),
    interpreter        INTEGER NOT NULL CHECK (interpreter IN (0, 1)),
    language           TEXT NOT NULL,
    contact_method     TEXT NOT NULL,
    consent_version    INTEGER NOT NULL,
    consent_language   TEXT NOT NULL,
    consent_at         INTEGER NOT NULL,
    consent_by         TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('new', 'seen', 'accepted', 'declined', 'closed')),
    decline_reason     TEXT,
    outcome            TEXT CHECK (outcome IN ('supported', 'could-not-contact', 'no-longer-needed', 'referred-elsewhere')),
    received_at        INTEGER NOT NULL,
    changed_at         INTEGER NOT NULL,
    finished_at        INTEGER,
    -- The referral change sequence: phones read status changes after a cursor.
    seq                INTEGER NOT NULL UNIQUE,
    -- Personal details (NULL after purging).
    person_name        TEXT,
    contact_detail     TEXT,
    support            TEXT,
    referrer_contact   TEXT,
    purged_at          INTEGER
);
CREATE INDEX referrals_receiving ON referrals (receiving_org_id, status);
CREATE INDEX referrals_referrer ON referrals (referrer_user_id, seq);
CREATE INDEX referrals_referrer_org ON referrals (referrer_org_id, seq);
CREATE INDEX referrals_finished ON referrals (finished_at) WHERE purged_at IS NULL;

-- Notes the receiving organisation keeps on a referral (purged with it).
CREATE TABLE referral_notes (
    id          TEXT PRIMARY KEY NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    author_id   TEXT NOT NULL REFERENCES users (id),
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX referral_notes_referral ON referral_notes (referral_id, created_at);
