//! The sync format (shared by server and browser) and the client's decisions about a page,
//! kept pure so they can be tested without a browser. Rules: docs/SYNC-SPEC.md.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    directory::model::{Organisation, Service},
    search::Vocabulary,
};

/// The sync format this code speaks (S7).
pub const FORMAT: u32 = 1;
/// Entities per page unless the client asks otherwise (S2).
pub const DEFAULT_LIMIT: u32 = 500;
/// The most entities a page may have (S2).
pub const MAX_LIMIT: u32 = 1000;
/// Where the changes are served.
pub const CHANGES_PATH: &str = "/api/sync/v1/changes";

/// One page of changes since a cursor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangesPage {
    pub format: u32,
    /// The `since` this page answers.
    pub since: i64,
    /// The highest change covered (S3).
    pub cursor: i64,
    /// Whether more changes remain after `cursor` (S3).
    pub more: bool,
    /// How many entities remain after this page (for a progress bar).
    #[serde(default)]
    pub remaining: u64,
    /// The client's copy must be discarded and downloaded again (S6).
    #[serde(default)]
    pub reset: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Organisation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted_organisations: Vec<Uuid>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted_services: Vec<Uuid>,
    /// The version of the search vocabulary on the server (S8).
    pub vocabulary_version: String,
    /// The vocabulary itself, when the client's version differs (S8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vocabulary: Option<Vocabulary>,
    /// Whether the directory is the demo data set.
    pub demo: bool,
}

impl ChangesPage {
    /// A page answering `since` with no changes, up to date (`cursor` = `since`).
    pub fn empty(since: i64, vocabulary_version: String, demo: bool) -> Self {
        ChangesPage {
            format: FORMAT,
            since,
            cursor: since,
            more: false,
            remaining: 0,
            reset: false,
            organisations: vec![],
            services: vec![],
            deleted_organisations: vec![],
            deleted_services: vec![],
            vocabulary_version,
            vocabulary: None,
            demo,
        }
    }

    /// Number of entities (upserts and tombstones) in the page.
    pub fn len(&self) -> usize {
        self.organisations.len() + self.services.len() + self.deleted_organisations.len() + self.deleted_services.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The error body of a refused sync request (S10).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SyncError {
    pub error: String,
}

/// What the client does with a page it received (C2, C3, C8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Apply it and move the cursor to `page.cursor`.
    Apply,
    /// Another writer moved the stored cursor since the request: drop the page, ask again from
    /// the stored cursor.
    Stale,
    /// Clear the copy and start again from 0.
    Reset,
    /// Refuse it: the copy stays as it is.
    Refuse(Refusal),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    UnknownFormat,
    /// The page does not answer what was asked.
    WrongSince,
    /// The cursor went backwards.
    Backwards,
}

/// Decides what to do with `page`, asked with `since`, given the cursor stored now.
pub fn decide(asked_since: i64, stored_cursor: i64, page: &ChangesPage) -> Decision {
    if page.format != FORMAT {
        return Decision::Refuse(Refusal::UnknownFormat);
    }
    if page.since != asked_since {
        return Decision::Refuse(Refusal::WrongSince);
    }
    if page.reset {
        return Decision::Reset;
    }
    if page.cursor < page.since {
        return Decision::Refuse(Refusal::Backwards);
    }
    if stored_cursor != asked_since {
        return Decision::Stale;
    }
    Decision::Apply
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(since: i64, cursor: i64) -> ChangesPage {
        ChangesPage { cursor, ..ChangesPage::empty(since, "v".into(), false) }
    }

    #[test]
    fn c2_a_page_is_applied_only_over_the_cursor_it_was_asked_from() {
        assert_eq!(decide(10, 10, &page(10, 20)), Decision::Apply);
        assert_eq!(decide(10, 20, &page(10, 20)), Decision::Stale, "another tab applied it already");
        assert_eq!(decide(10, 5, &page(10, 20)), Decision::Stale);
    }

    #[test]
    fn c3_unknown_formats_and_backward_cursors_are_refused() {
        let mut p = page(10, 20);
        p.format = FORMAT + 1;
        assert_eq!(decide(10, 10, &p), Decision::Refuse(Refusal::UnknownFormat));
        assert_eq!(decide(10, 10, &page(10, 5)), Decision::Refuse(Refusal::Backwards));
        assert_eq!(decide(10, 10, &page(11, 20)), Decision::Refuse(Refusal::WrongSince));
    }

    #[test]
    fn c8_a_reset_page_resets_whatever_the_stored_cursor() {
        let mut p = page(50, 0);
        p.reset = true;
        assert_eq!(decide(50, 50, &p), Decision::Reset);
        assert_eq!(decide(50, 10, &p), Decision::Reset);
    }

    #[test]
    fn s7_pages_round_trip_through_json_and_leave_out_empty_parts() {
        let p = page(0, 3);
        let json = serde_json::to_string(&p).unwrap();
        assert!(!json.contains("services") && !json.contains("vocabulary\":"), "{json}");
        assert_eq!(serde_json::from_str::<ChangesPage>(&json).unwrap(), p);
    }
}
