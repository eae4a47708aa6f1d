## Open Referral UK import: why a record was left out (the field is named beside it).
oruk-refused-id = The id is not a UUID.
oruk-refused-organization = Its organisation is missing from the source, or was left out.
oruk-refused-status = The status must be active, inactive, defunct or temporarily closed.
oruk-refused-schedule = Only weekly opening times with days, an opening and a closing time can be brought in.
oruk-refused-needs = None of its taxonomy terms is a need this directory knows.
oruk-refused-date = The date must be written as year-month-day, such as 2026-11-03.
oruk-refused-record = This record could not be read.
oruk-refused-duplicate = This id appears twice in the source.
