-- Listings kept by the network (issue #12): the same tables and columns as
-- migrations/sqlite/0007_listings.sql (which explains them), with PostgreSQL's types.
ALTER TABLE organizations ADD COLUMN trusted BOOLEAN NOT NULL DEFAULT FALSE;
-- Areas an organisation works in, one per line, in its order.
ALTER TABLE organizations ADD COLUMN areas TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN created_at BIGINT;

CREATE TABLE listing_changes (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    entity          TEXT NOT NULL CHECK (entity IN ('organization', 'service')),
    entity_id       TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('new', 'changed', 'archived')),
    base_version    BIGINT NOT NULL,
    document        TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('pending', 'published', 'returned', 'replaced')),
    reason          TEXT CHECK (length(reason) <= 1000),
    asked_by        TEXT NOT NULL REFERENCES users (id),
    asked_at        BIGINT NOT NULL,
    decided_by      TEXT REFERENCES users (id),
    decided_at      BIGINT
);
CREATE INDEX listing_changes_state ON listing_changes (state, asked_at);
CREATE INDEX listing_changes_entity ON listing_changes (entity_id, asked_at);
CREATE INDEX listing_changes_organization ON listing_changes (organization_id, asked_at);

CREATE TABLE service_versions (
    service_id      TEXT NOT NULL,
    version         BIGINT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    document        TEXT NOT NULL,
    archived        BOOLEAN NOT NULL DEFAULT FALSE,
    published_by    TEXT REFERENCES users (id),
    published_at    BIGINT NOT NULL,
    change_id       TEXT REFERENCES listing_changes (id),
    PRIMARY KEY (service_id, version)
);
CREATE INDEX service_versions_organization ON service_versions (organization_id);
