//! What sync carries: a page of changes as the server sends it, and a record of the phone's
//! saved copy, what a page changes in the directory (rules in docs/SYNC-SPEC.md; the client's
//! decisions are the main crate's `sync::protocol`, the store its `sync::local`). Both are
//! decoded in the browser by the `signpost-decode` crate (model/decode).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    directory::model::{Organisation, Service},
    search::Vocabulary,
};

/// The sync format this code speaks (S7).
pub const FORMAT: u32 = 1;

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

    /// The page's entities, borrowed.
    pub fn changes(&self) -> Changes<'_> {
        Changes {
            organisations: Cow::Borrowed(&self.organisations),
            services: Cow::Borrowed(&self.services),
            deleted_organisations: Cow::Borrowed(&self.deleted_organisations),
            deleted_services: Cow::Borrowed(&self.deleted_services),
        }
    }
}

/// What a page changes in the directory: upserts and tombstones. The phone's store keeps one
/// of these per page it applied, in order (C1), and the main crate's `sync::protocol::replay`
/// applies them. The same field names as its `ChangesPage`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Changes<'a> {
    #[serde(default)]
    pub organisations: Cow<'a, [Organisation]>,
    #[serde(default)]
    pub services: Cow<'a, [Service]>,
    #[serde(default)]
    pub deleted_organisations: Cow<'a, [Uuid]>,
    #[serde(default)]
    pub deleted_services: Cow<'a, [Uuid]>,
}

impl Changes<'_> {
    pub fn is_empty(&self) -> bool {
        self.organisations.is_empty() && self.services.is_empty() && self.deleted_organisations.is_empty() && self.deleted_services.is_empty()
    }
}
