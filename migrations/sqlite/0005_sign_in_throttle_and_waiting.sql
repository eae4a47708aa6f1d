-- Sign-in throttling per account: each attempt claims the account's slot before the password
-- is checked (`busy_until`), so parallel guesses cannot all pass; after a few failures each
-- attempt must wait longer (up to half a minute), which slows guessing without ever locking
-- the rightful owner out. `key` is a SHA-256 of the email: no address in clear.
CREATE TABLE login_throttle (
    key             TEXT PRIMARY KEY NOT NULL,
    failures        INTEGER NOT NULL DEFAULT 0,
    last_failure_at INTEGER NOT NULL DEFAULT 0,
    busy_until      INTEGER NOT NULL DEFAULT 0
);

-- How many referrals wait, unsent, on a device, per author (what phones report, no personal
-- data): an organisation admin who removed a member is told that member's referrals remain on
-- a device.
CREATE TABLE device_waiting (
    device      TEXT NOT NULL,
    author_id   TEXT NOT NULL REFERENCES users (id),
    count       INTEGER NOT NULL CHECK (count > 0),
    oldest_at   INTEGER NOT NULL,
    reported_at INTEGER NOT NULL,
    PRIMARY KEY (device, author_id)
);
CREATE INDEX device_waiting_author ON device_waiting (author_id);
