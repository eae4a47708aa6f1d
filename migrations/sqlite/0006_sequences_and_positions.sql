-- For running beside PostgreSQL with one store API (src/server/db.rs):
-- * numbers phones read after a cursor come from `sequences` (a row locked until commit, so
--   numbers are committed in order), no longer from AUTOINCREMENT or MAX(seq) + 1;
-- * the order of a service's languages and areas is a column, not SQLite's rowid;
-- * daily housekeeping is claimed per day (one server does it).
CREATE TABLE sequences (
    name  TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL
);
INSERT INTO sequences (name, value) VALUES
    ('changes', (SELECT COALESCE(MAX(seq), 0) FROM changes)),
    ('referrals', (SELECT COALESCE(MAX(seq), 0) FROM referrals));

ALTER TABLE languages ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE languages SET position =
    (SELECT count(*) FROM languages earlier WHERE earlier.service_id = languages.service_id AND earlier.rowid < languages.rowid);
ALTER TABLE service_areas ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE service_areas SET position =
    (SELECT count(*) FROM service_areas earlier WHERE earlier.service_id = service_areas.service_id AND earlier.rowid < service_areas.rowid);

CREATE TABLE housekeeping_runs (
    day    TEXT PRIMARY KEY NOT NULL,
    ran_at INTEGER NOT NULL
);
