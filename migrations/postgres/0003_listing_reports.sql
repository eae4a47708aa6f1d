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
