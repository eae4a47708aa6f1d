-- Dates on which a service keeps different hours (#12: "dated exceptions such as bank holidays"):
-- on those dates these take the place of the weekly schedules; a closure on the same date wins.
-- Times are HH:MM, London time; a closing time of 00:00 is the midnight that ends the day.
CREATE TABLE special_hours (
    id          TEXT PRIMARY KEY NOT NULL,
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NOT NULL,
    opens_at    TEXT NOT NULL,
    closes_at   TEXT NOT NULL,
    description TEXT,
    CHECK (valid_from <= valid_to)
);
CREATE INDEX special_hours_service ON special_hours (service_id);
