-- Listings kept by the network (issue #12): organisations propose changes to their own
-- listings, coordinators approve them, and every published version of a service is kept.
--
-- * `organizations.trusted`: an organisation whose admins' changes publish at once (still
--   recorded as listing changes).
-- * `listing_changes`: every change asked for, with the whole proposed listing as JSON (the
--   domain type, src/directory/model.rs), its state and who asked and decided. The directory
--   tables only ever hold published listings, so nothing pending can reach search, pages,
--   phones or any API.
-- * `service_versions`: every published version of every service (the JSON document), with
--   who published it and when; an archived service's last version is kept here after the
--   service leaves the directory tables, so a coordinator can restore it.
ALTER TABLE organizations ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0 CHECK (trusted IN (0, 1));
-- Areas an organisation works in, one per line, in its order.
ALTER TABLE organizations ADD COLUMN areas TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN created_at INTEGER;

CREATE TABLE listing_changes (
    id              TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    entity          TEXT NOT NULL CHECK (entity IN ('organization', 'service')),
    entity_id       TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('new', 'changed', 'archived')),
    base_version    INTEGER NOT NULL,
    document        TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('pending', 'published', 'returned', 'replaced')),
    reason          TEXT CHECK (length(reason) <= 1000),
    asked_by        TEXT NOT NULL REFERENCES users (id),
    asked_at        INTEGER NOT NULL,
    decided_by      TEXT REFERENCES users (id),
    decided_at      INTEGER
);
CREATE INDEX listing_changes_state ON listing_changes (state, asked_at);
CREATE INDEX listing_changes_entity ON listing_changes (entity_id, asked_at);
CREATE INDEX listing_changes_organization ON listing_changes (organization_id, asked_at);

CREATE TABLE service_versions (
    service_id      TEXT NOT NULL,
    version         INTEGER NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    document        TEXT NOT NULL,
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    published_by    TEXT REFERENCES users (id),
    published_at    INTEGER NOT NULL,
    change_id       TEXT REFERENCES listing_changes (id),
    PRIMARY KEY (service_id, version)
);
CREATE INDEX service_versions_organization ON service_versions (organization_id);
