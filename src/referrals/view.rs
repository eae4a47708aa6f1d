//! What screens show of referrals: the inbox, one referral and its notes. Plain data shared by
//! both targets (the server's `store` fills them in; pages in the browser read them from server
//! functions), with no database types.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::{ContactMethod, Outcome, Status, Urgency};
use crate::directory::needs::Need;

/// How the signed-in user stands to a referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// An admin of the receiving organisation: may act on it.
    Receiver,
    /// The person who made the referral.
    Sender,
}

/// One line of an inbox or sent list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: Uuid,
    pub service_id: Uuid,
    pub service_name: String,
    /// None once purged.
    pub person_name: Option<String>,
    pub needs: Vec<Need>,
    pub urgency: Urgency,
    pub safeguarding: bool,
    pub status: Status,
    pub received_at_ms: i64,
    pub changed_at_ms: i64,
    /// When the personal details will be purged unless someone works on the referral first
    /// (None once purged).
    pub purge_at_ms: Option<i64>,
}

/// One page of the referrals received by an organisation's services, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Inbox {
    /// How many are still new (nobody has acted on them), in all pages.
    pub new: usize,
    /// How many, in all pages, lose their personal details within a month.
    pub purging_soon: usize,
    /// How many in all pages.
    pub total: usize,
    /// This page (1-based) and how many there are.
    pub page: u32,
    pub pages: u32,
    pub referrals: Vec<Summary>,
    /// When the server read it (to tell which purge dates are near, the same on both sides).
    pub now_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub author: String,
    pub body: String,
    pub created_at_ms: i64,
}

/// Everything about one referral that the user may see.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Detail {
    pub summary: Summary,
    pub relation: Relation,
    /// The email of the worker who made the referral (and obtained consent).
    pub referrer: Option<String>,
    pub contact_method: ContactMethod,
    pub contact_detail: Option<String>,
    pub language: String,
    pub interpreter: bool,
    pub support: Option<String>,
    pub referrer_contact: Option<String>,
    /// The consent record's format (1: before statements were versioned by their text).
    pub consent_version: u32,
    /// The statement the family heard, exactly, with the service's name in it.
    pub consent_statement: Option<String>,
    pub consent_language: String,
    pub consent_at_ms: i64,
    pub decline_reason: Option<String>,
    pub outcome: Option<Outcome>,
    pub purged: bool,
    /// The receiving organisation's notes (only they see them).
    pub notes: Vec<Note>,
}
