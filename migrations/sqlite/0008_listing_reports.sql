-- "Report a problem with this listing" (issue #12): anyone may say a listing is out of date,
-- closed or has wrong contact details. `id` is made where the report is made (on the phone, or
-- in the form for a browser without JavaScript): a report sent twice is stored once. The
-- organisation whose listing it is, at the time, sees it with the coordinators, who mark it
-- done. No account and nothing about the reporter is kept.
CREATE TABLE listing_reports (
    id              TEXT PRIMARY KEY NOT NULL,
    service_id      TEXT NOT NULL,
    service_name    TEXT NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('out-of-date', 'closed', 'contact', 'other')),
    body            TEXT NOT NULL CHECK (length(body) <= 1000),
    received_at     INTEGER NOT NULL,
    done_at         INTEGER,
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
