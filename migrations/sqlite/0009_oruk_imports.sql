-- Where each organisation and service brought in by an Open Referral UK import came from
-- (issue #14): the source (a feed's address or a file's name) and when the import last changed
-- the record. An import that finds a record unchanged leaves its row as it was.
CREATE TABLE oruk_imports (
    entity      TEXT NOT NULL CHECK (entity IN ('organization', 'service')),
    id          TEXT NOT NULL,
    source      TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (entity, id)
);
