-- The directory, aligned with Open Referral UK 3.0: table and column names follow ORUK where
-- it has them (organizations, services, locations, service_at_locations, phones, schedules,
-- languages, service_areas, taxonomy_terms, attributes). Additions of ours: services' access
-- flags and accepts_referrals, locations' neighbourhood, closures, and the change log.
-- Ids are UUIDs stored as text; times are UTC RFC 3339 text; dates are YYYY-MM-DD.

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '',
    email       TEXT,
    website     TEXT
);

CREATE TABLE services (
    id                           TEXT PRIMARY KEY NOT NULL,
    organization_id              TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name                         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description                  TEXT NOT NULL DEFAULT '',
    status                       TEXT NOT NULL
        CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    eligibility_description      TEXT,
    minimum_age                  INTEGER CHECK (minimum_age BETWEEN 0 AND 120),
    maximum_age                  INTEGER CHECK (maximum_age BETWEEN 0 AND 120),
    free                         INTEGER NOT NULL DEFAULT 1 CHECK (free IN (0, 1)),
    fees                         TEXT,
    access_drop_in               INTEGER NOT NULL DEFAULT 0 CHECK (access_drop_in IN (0, 1)),
    access_self_referral         INTEGER NOT NULL DEFAULT 0 CHECK (access_self_referral IN (0, 1)),
    access_professional_referral INTEGER NOT NULL DEFAULT 0 CHECK (access_professional_referral IN (0, 1)),
    access_phone                 INTEGER NOT NULL DEFAULT 0 CHECK (access_phone IN (0, 1)),
    accepts_referrals            INTEGER NOT NULL DEFAULT 0 CHECK (accepts_referrals IN (0, 1)),
    email                        TEXT,
    url                          TEXT,
    assured_date                 TEXT,
    last_modified                TEXT NOT NULL,
    CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);
CREATE INDEX services_organization ON services (organization_id);

CREATE TABLE locations (
    id              TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    location_type   TEXT NOT NULL DEFAULT 'physical' CHECK (location_type IN ('physical', 'postal', 'virtual')),
    name            TEXT,
    address_1       TEXT NOT NULL,
    city            TEXT NOT NULL,
    postal_code     TEXT NOT NULL,
    country         TEXT NOT NULL DEFAULT 'GB',
    neighbourhood   TEXT,
    latitude        REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude       REAL CHECK (longitude BETWEEN -180 AND 180)
);

CREATE TABLE service_at_locations (
    id          TEXT PRIMARY KEY NOT NULL,
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    location_id TEXT NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (service_id, location_id)
);

-- A phone belongs to exactly one service or organisation.
CREATE TABLE phones (
    id              TEXT PRIMARY KEY NOT NULL,
    service_id      TEXT REFERENCES services (id) ON DELETE CASCADE,
    organization_id TEXT REFERENCES organizations (id) ON DELETE CASCADE,
    number          TEXT NOT NULL CHECK (length(number) BETWEEN 3 AND 40),
    description     TEXT,
    position        INTEGER NOT NULL DEFAULT 0,
    CHECK ((service_id IS NULL) <> (organization_id IS NULL))
);
CREATE INDEX phones_service ON phones (service_id);
CREATE INDEX phones_organization ON phones (organization_id);

-- Weekly opening periods in Europe/London wall-clock time (ORUK schedule, freq WEEKLY with one
-- day in byday). closes_at <= opens_at means the period runs overnight into the next day.
CREATE TABLE schedules (
    id         TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    freq       TEXT NOT NULL DEFAULT 'WEEKLY' CHECK (freq = 'WEEKLY'),
    byday      TEXT NOT NULL CHECK (byday IN ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
    opens_at   TEXT NOT NULL CHECK (opens_at GLOB '[0-2][0-9]:[0-5][0-9]'),
    closes_at  TEXT NOT NULL CHECK (closes_at GLOB '[0-2][0-9]:[0-5][0-9]')
);
CREATE INDEX schedules_service ON schedules (service_id);

-- Dates (inclusive) on which a service does not run.
CREATE TABLE closures (
    id          TEXT PRIMARY KEY NOT NULL,
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NOT NULL,
    description TEXT,
    CHECK (valid_from <= valid_to)
);
CREATE INDEX closures_service ON closures (service_id);

-- Languages staff speak, as ISO 639 codes.
CREATE TABLE languages (
    id         TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    code       TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 12),
    UNIQUE (service_id, code)
);

CREATE TABLE service_areas (
    id         TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    UNIQUE (service_id, name)
);

-- The needs taxonomy. Names here are the English reference names for exports; the app shows
-- translated names from locales/.
CREATE TABLE taxonomy_terms (
    id       TEXT PRIMARY KEY NOT NULL,
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

-- Links services to taxonomy terms (ORUK attribute).
CREATE TABLE attributes (
    id               TEXT PRIMARY KEY NOT NULL,
    link_id          TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    link_type        TEXT NOT NULL DEFAULT 'service',
    taxonomy_term_id TEXT NOT NULL REFERENCES taxonomy_terms (id),
    UNIQUE (link_id, taxonomy_term_id)
);

-- Every change to the directory, in order. `seq` is the server's monotonic change sequence:
-- readers notice changes by it (the search cache today, phones' delta sync next).
CREATE TABLE changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL CHECK (entity IN ('organization', 'service')),
    entity_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    changed_at TEXT NOT NULL
);
CREATE INDEX changes_entity ON changes (entity, entity_id);

-- Small facts about this database (e.g. demo = 1 when it holds the demo directory).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
