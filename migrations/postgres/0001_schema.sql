-- Signpost on PostgreSQL: the same schema as migrations/sqlite (0001 to 0006), in one step, with
-- PostgreSQL's types: times that the code handles as milliseconds are BIGINT, flags are
-- BOOLEAN, ids stay TEXT (hyphenated UUIDs, as in SQLite) so both databases hold the same
-- values. Table and column names follow Open Referral UK where it has them. Later migrations
-- are added to both folders, side by side.

-- The directory -------------------------------------------------------------------------------

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '',
    email       TEXT,
    website     TEXT
);

CREATE TABLE services (
    id                           TEXT PRIMARY KEY,
    organization_id              TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name                         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description                  TEXT NOT NULL DEFAULT '',
    status                       TEXT NOT NULL
        CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    eligibility_description      TEXT,
    minimum_age                  BIGINT CHECK (minimum_age BETWEEN 0 AND 120),
    maximum_age                  BIGINT CHECK (maximum_age BETWEEN 0 AND 120),
    free                         BOOLEAN NOT NULL DEFAULT TRUE,
    fees                         TEXT,
    access_drop_in               BOOLEAN NOT NULL DEFAULT FALSE,
    access_self_referral         BOOLEAN NOT NULL DEFAULT FALSE,
    access_professional_referral BOOLEAN NOT NULL DEFAULT FALSE,
    access_phone                 BOOLEAN NOT NULL DEFAULT FALSE,
    accepts_referrals            BOOLEAN NOT NULL DEFAULT FALSE,
    email                        TEXT,
    url                          TEXT,
    assured_date                 TEXT,
    last_modified                TEXT NOT NULL,
    CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);
CREATE INDEX services_organization ON services (organization_id);

CREATE TABLE locations (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    location_type   TEXT NOT NULL DEFAULT 'physical' CHECK (location_type IN ('physical', 'postal', 'virtual')),
    name            TEXT,
    address_1       TEXT NOT NULL,
    city            TEXT NOT NULL,
    postal_code     TEXT NOT NULL,
    country         TEXT NOT NULL DEFAULT 'GB',
    neighbourhood   TEXT,
    latitude        DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude       DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180)
);

CREATE TABLE service_at_locations (
    id          TEXT PRIMARY KEY,
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    location_id TEXT NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    position    BIGINT NOT NULL DEFAULT 0,
    UNIQUE (service_id, location_id)
);

CREATE TABLE phones (
    id              TEXT PRIMARY KEY,
    service_id      TEXT REFERENCES services (id) ON DELETE CASCADE,
    organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
    number          TEXT NOT NULL CHECK (length(number) BETWEEN 3 AND 40),
    description     TEXT,
    position        BIGINT NOT NULL DEFAULT 0,
    CHECK ((service_id IS NULL) <> (organization_id IS NULL))
);
CREATE INDEX phones_service ON phones (service_id);
CREATE INDEX phones_organization ON phones (organization_id);

CREATE TABLE schedules (
    id         TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    freq       TEXT NOT NULL DEFAULT 'WEEKLY' CHECK (freq = 'WEEKLY'),
    byday      TEXT NOT NULL CHECK (byday IN ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
    opens_at   TEXT NOT NULL CHECK (opens_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
    closes_at  TEXT NOT NULL CHECK (closes_at ~ '^[0-2][0-9]:[0-5][0-9]$')
);
CREATE INDEX schedules_service ON schedules (service_id);

CREATE TABLE closures (
    id          TEXT PRIMARY KEY,
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NOT NULL,
    description TEXT,
    CHECK (valid_from <= valid_to)
);
CREATE INDEX closures_service ON closures (service_id);

CREATE TABLE languages (
    id         TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    code       TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 12),
    position   BIGINT NOT NULL DEFAULT 0,
    UNIQUE (service_id, code)
);

CREATE TABLE service_areas (
    id         TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    position   BIGINT NOT NULL DEFAULT 0,
    UNIQUE (service_id, name)
);

CREATE TABLE taxonomy_terms (
    id       TEXT PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    taxonomy TEXT NOT NULL DEFAULT 'signpost-needs',
    name     TEXT NOT NULL
);
INSERT INTO taxonomy_terms (id, code, name) VALUES
    ('bcfee363-788a-5e56-b315-313f3d60badf', 'food', 'Food'),
    ('f5741a7d-90d9-5f94-80bd-a4dd96381396', 'housing', 'Housing and homelessness'),
    ('3d073cc6-682e-5526-8b48-38e81851cde6', 'money', 'Money, debt and benefits'),
    ('209af754-a7a0-579f-aa90-0bc3a278d541', 'immigration', 'Immigration, asylum and refugees'),
    ('cb6efcc7-4479-516f-971d-9d8fb34504e3', 'health', 'Health and mental wellbeing'),
    ('8c99c910-0808-5892-b56a-7e62c5b621a6', 'families', 'Children and families'),
    ('8ff033d4-6a33-5fad-b2c5-9fb1bce5ff17', 'youth', 'Youth activities'),
    ('1f8f30c0-1c0e-5d50-8edb-b22fe8c8f0dd', 'education', 'Education, training and employment'),
    ('e416c7f9-993f-50b9-8b26-8d76e7ff649a', 'send', 'Special educational needs and disabilities (SEND)'),
    ('70d2d47a-2a1e-5544-a3fe-d251b723a0c7', 'care-experienced', 'Care experienced'),
    ('0a52618f-8da6-5300-a0ad-f5cada46c973', 'prisoners-families', 'Families of prisoners'),
    ('21318a8f-3413-5fb5-88cb-7ffb4fba0e60', 'digital', 'Digital inclusion'),
    ('a7b05896-dc49-5e02-8e37-361625a4d57b', 'community', 'Community, culture and faith'),
    ('b137f00a-7bf2-55e0-a7ab-0749b822b1cb', 'safety', 'Crime and safety');

CREATE TABLE attributes (
    id               TEXT PRIMARY KEY,
    link_id          TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    link_type        TEXT NOT NULL DEFAULT 'service',
    taxonomy_term_id TEXT NOT NULL REFERENCES taxonomy_terms (id),
    UNIQUE (link_id, taxonomy_term_id)
);

-- The change log. `seq` comes from `sequences` (see src/server/db.rs, next_seq), never from a
-- PostgreSQL sequence: numbers must be committed in order for phones' cursors.
CREATE TABLE changes (
    seq        BIGINT PRIMARY KEY,
    entity     TEXT NOT NULL CHECK (entity IN ('organization', 'service')),
    entity_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    changed_at TEXT NOT NULL
);
CREATE INDEX changes_entity ON changes (entity, entity_id);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Numbers handed out in commit order (the row is locked until the writer commits).
CREATE TABLE sequences (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO sequences (name, value) VALUES ('changes', 0), ('referrals', 0);

-- Accounts and sessions -------------------------------------------------------------------------

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    password_hash   TEXT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    role            TEXT NOT NULL CHECK (role IN ('worker', 'org-admin', 'coordinator')),
    session_epoch   BIGINT NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL,
    disabled_at     BIGINT
);
CREATE INDEX users_organization ON users (organization_id);

CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    data        TEXT NOT NULL,
    expiry_date BIGINT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expiry_date);

-- Sign-in attempts per client address (a SHA-256 of it), for the per-client limit.
CREATE TABLE login_failures (
    id  BIGSERIAL PRIMARY KEY,
    key TEXT NOT NULL,
    at  BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);

CREATE TABLE login_throttle (
    key             TEXT PRIMARY KEY,
    failures        BIGINT NOT NULL DEFAULT 0,
    last_failure_at BIGINT NOT NULL DEFAULT 0,
    busy_until      BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE invitations (
    token_hash      TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    role            TEXT NOT NULL CHECK (role IN ('worker', 'org-admin')),
    created_by      TEXT NOT NULL REFERENCES users (id),
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT
);

-- Referrals -----------------------------------------------------------------------------------

CREATE TABLE consent_statements (
    version          TEXT PRIMARY KEY,
    language         TEXT NOT NULL,
    retention_days   BIGINT NOT NULL CHECK (retention_days > 0),
    text             TEXT NOT NULL,
    first_offered_at BIGINT NOT NULL
);

CREATE TABLE referrals (
    id                 TEXT PRIMARY KEY,
    content_hash       TEXT NOT NULL,
    service_id         TEXT NOT NULL,
    service_name       TEXT NOT NULL,
    receiving_org_id   TEXT NOT NULL,
    referrer_user_id   TEXT NOT NULL REFERENCES users (id),
    referrer_org_id    TEXT NOT NULL,
    needs              TEXT NOT NULL,
    urgency            TEXT NOT NULL CHECK (urgency IN ('routine', 'soon', 'urgent')),
    safeguarding       BOOLEAN NOT NULL,
    interpreter        BOOLEAN NOT NULL,
    language           TEXT NOT NULL,
    contact_method     TEXT NOT NULL,
    consent_version    BIGINT NOT NULL,
    consent_language   TEXT NOT NULL,
    consent_at         BIGINT NOT NULL,
    consent_by         TEXT NOT NULL,
    consent_statement  TEXT REFERENCES consent_statements (version),
    retention_days     BIGINT,
    status             TEXT NOT NULL CHECK (status IN ('new', 'seen', 'accepted', 'declined', 'closed')),
    decline_reason     TEXT,
    outcome            TEXT CHECK (outcome IN ('supported', 'could-not-contact', 'no-longer-needed', 'referred-elsewhere')),
    received_at        BIGINT NOT NULL,
    changed_at         BIGINT NOT NULL,
    touched_at         BIGINT NOT NULL,
    finished_at        BIGINT,
    seq                BIGINT NOT NULL UNIQUE,
    person_name        TEXT,
    contact_detail     TEXT,
    support            TEXT,
    referrer_contact   TEXT,
    purged_at          BIGINT
);
CREATE INDEX referrals_receiving ON referrals (receiving_org_id, status);
CREATE INDEX referrals_referrer ON referrals (referrer_user_id, seq);
CREATE INDEX referrals_touched ON referrals (touched_at) WHERE purged_at IS NULL;

CREATE TABLE referral_notes (
    id          TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    author_id   TEXT NOT NULL REFERENCES users (id),
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX referral_notes_referral ON referral_notes (referral_id, created_at);

CREATE TABLE device_waiting (
    device      TEXT NOT NULL,
    author_id   TEXT NOT NULL REFERENCES users (id),
    count       BIGINT NOT NULL CHECK (count > 0),
    oldest_at   BIGINT NOT NULL,
    reported_at BIGINT NOT NULL,
    PRIMARY KEY (device, author_id)
);
CREATE INDEX device_waiting_author ON device_waiting (author_id);

-- Housekeeping runs once a day across all servers: the first to claim the day does it.
CREATE TABLE housekeeping_runs (
    day    TEXT PRIMARY KEY,
    ran_at BIGINT NOT NULL
);
