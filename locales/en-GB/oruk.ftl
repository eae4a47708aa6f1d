## Open Referral UK import: why a record was left out (the field is named beside it).
oruk-refused-id = The id is not a UUID.
oruk-refused-organization = Its organisation is missing from the source, or was left out.
oruk-refused-status = The status must be active, inactive, defunct or temporarily closed.
oruk-refused-schedule = Only weekly opening times with days, an opening and a closing time can be brought in.
oruk-refused-needs = None of its taxonomy terms is a need this directory knows.
oruk-refused-date = The date must be written as year-month-day, such as 2026-11-03.
oruk-refused-record = This record could not be read.
oruk-refused-duplicate = This id appears twice in the source.

## The coordinator's Open Referral UK page (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK is the standard councils and other directories use to share services. Download this directory in it, or bring in services from another directory.
oruk-import-heading = Bring in services from another directory
oruk-import-file = Open Referral UK file (JSON)
oruk-import-hint = Nothing changes until you have seen what the file would do and said yes. Services are matched by their ids, so the same file twice changes nothing.
oruk-import-check = Check the file
oruk-error-no-file = Choose a file to check.
oruk-error-not-oruk = That file is not Open Referral UK JSON.
oruk-error-too-large = That file is too large: at most 50 MB.
oruk-error-expired = That check has expired. Choose the file again.
oruk-report-heading = What bringing in { $file } would do
oruk-report-counts = New: { $new }. Changed: { $changed }. Already the same: { $unchanged }. Left out: { $refused }.
oruk-outcome-new = New
oruk-outcome-changed = Changed
oruk-outcome-refused = Left out
oruk-entity-organization = Organisation
oruk-entity-service = Service
oruk-field = Field { $field }:
oruk-import-confirm = Bring in the new and changed records
oruk-import-nothing = Nothing would change.
oruk-imported = Done. Phones get the new and changed services when they next connect.
oruk-export-heading = Download this directory
oruk-export-json = The whole directory, as one JSON file
oruk-export-csv = The same, as CSV tables:
oruk-api = Other directories can read it at any time from this address:
