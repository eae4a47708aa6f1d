//! Open Referral UK 3.0: the published directory as ORUK documents (`document`), the
//! read-only API that serves them (`api`), the whole directory as a file (`export`), and another
//! directory's records brought in (`import`, and `upload` for the coordinator's page). See docs/ORUK.md.

pub mod api;
pub mod document;
pub mod export;
pub mod import;
pub mod upload;
