-- A service seen by appointment (#12: "how to access it: drop-in, appointment, referral").
ALTER TABLE services ADD COLUMN access_appointment INTEGER NOT NULL DEFAULT 0 CHECK (access_appointment IN (0, 1));
