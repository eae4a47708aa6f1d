-- "Report a problem with this listing": the same table as migrations/sqlite/0008 (which
-- explains it), with PostgreSQL's types.
CREATE TABLE listing_reports (
    id              TEXT PRIMARY KEY,
    service_id      TEXT NOT NULL,
    service_name    TEXT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('out-of-date', 'closed', 'contact', 'other')),
    body            TEXT NOT NULL CHECK (length(body) <= 1000),
    received_at     BIGINT NOT NULL,
    done_at         BIGINT,
    done_by         TEXT REFERENCES users (id)
);
CREATE INDEX listing_reports_organization ON listing_reports (organization_id, received_at);

-- Who works through the referrals a service receives, besides its organisation's admins: members
-- (workers) of the same organisation its admins choose.
CREATE TABLE service_caseworkers (
    service_id      TEXT NOT NULL,
    user_id         TEXT NOT NULL REFERENCES users (id),
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, user_id)
);
CREATE INDEX service_caseworkers_user ON service_caseworkers (user_id);
