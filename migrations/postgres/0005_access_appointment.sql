-- A service seen by appointment (#12: "how to access it: drop-in, appointment, referral").
ALTER TABLE services ADD COLUMN access_appointment BOOLEAN NOT NULL DEFAULT FALSE;
