//! Open Referral UK 3.0: the published directory as ORUK documents (`document`) and the
//! read-only API that serves them (`api`). See docs/ORUK.md.

pub mod api;
pub mod document;
