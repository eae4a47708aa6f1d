//! The referral outbox and its push protocol: what the phone sends, what the server answers,
//! and the phone's pure decision about each answer (docs/SYNC-SPEC.md, R1–R10). Kept free of
//! I/O so the same rules run in the browser and in the fault-injection test.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::{FieldError, Outcome, ReferralDraft, Status};

/// Where phones send queued referrals (POST, JSON [`PushRequest`]).
pub const PUSH_PATH: &str = "/api/referrals/v1/push";
/// Where phones read what happened to the referrals they sent (GET `?since=`).
pub const SENT_PATH: &str = "/api/referrals/v1/sent";
/// At most this many referrals in one push.
pub const MAX_BATCH: usize = 50;

/// A batch of queued referrals. Items are read one by one, so one malformed item is refused
/// on its own and the rest of the batch is unaffected (R6).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PushRequest {
    pub referrals: Vec<serde_json::Value>,
}

/// The server's answer: one result per item, in the order sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PushResponse {
    pub results: Vec<PushResult>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PushResult {
    /// The item's id, when it had a readable one.
    pub id: Option<Uuid>,
    /// The HTTP status this item would have had on its own (201, 200, 409, 422, 400, 410).
    pub status: u16,
    #[serde(flatten)]
    pub outcome: PushOutcome,
}

impl PushResult {
    pub fn new(id: Option<Uuid>, outcome: PushOutcome) -> Self {
        Self { id, status: outcome.http_status(), outcome }
    }
}

/// What became of one pushed referral.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum PushOutcome {
    /// Committed durably now (R2).
    Stored,
    /// Already committed earlier with the same content: nothing was added (R3).
    AlreadyStored,
    /// The id is taken by a different referral (R4). Kept on the phone and shown.
    Conflict,
    /// The referral breaks a rule; nothing was stored (R5).
    Invalid { errors: Vec<FieldError> },
    /// The item could not be read at all (R6).
    Malformed,
    /// The service no longer takes referrals through Signpost, or is gone (R7).
    NotAccepting,
}

impl PushOutcome {
    pub fn http_status(&self) -> u16 {
        match self {
            PushOutcome::Stored => 201,
            PushOutcome::AlreadyStored => 200,
            PushOutcome::Conflict => 409,
            PushOutcome::Invalid { .. } => 422,
            PushOutcome::Malformed => 400,
            PushOutcome::NotAccepting => 410,
        }
    }

    /// The server holds the referral durably: the phone may forget the personal details.
    pub fn delivered(&self) -> bool {
        matches!(self, PushOutcome::Stored | PushOutcome::AlreadyStored)
    }
}

/// A referral's state on the phone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum OutboxState {
    /// Waiting for a connection.
    Queued,
    /// In a push whose answer has not come back.
    Sending,
    /// The server has it; only the receipt is left on the phone.
    Delivered,
    /// The server has a different referral with this id.
    Conflict,
    /// The server refused it; the worker must correct it.
    Refused { errors: Vec<FieldError> },
    /// The service no longer takes referrals: the worker chooses another or removes it.
    NotAccepting,
}

/// One referral on the phone. `draft` holds the personal details (encrypted at rest in the
/// browser) and is dropped once the server acknowledges a durable commit; the rest is the
/// receipt, with no personal data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub id: Uuid,
    pub service_id: Uuid,
    /// The service's name when the referral was made (the receipt keeps it).
    pub service_name: String,
    pub created_at_ms: i64,
    pub state: OutboxState,
    pub draft: Option<ReferralDraft>,
    /// The receiving service's status, learned through [`SENT_PATH`].
    pub status: Option<Receipt>,
}

impl OutboxEntry {
    pub fn new(draft: ReferralDraft, service_name: String, now_ms: i64) -> Self {
        Self {
            id: draft.id,
            service_id: draft.service_id,
            service_name,
            created_at_ms: now_ms,
            state: OutboxState::Queued,
            draft: Some(draft),
            status: None,
        }
    }

    /// Waiting to be sent: queued, or left "sending" by a push that never answered (the app was
    /// closed mid-send). Sending again is safe (R3).
    pub fn waiting(&self) -> bool {
        matches!(self.state, OutboxState::Queued | OutboxState::Sending) && self.draft.is_some()
    }
}

/// The next batch to push, oldest first (R8).
pub fn next_batch(entries: &[OutboxEntry]) -> Vec<&ReferralDraft> {
    let mut waiting: Vec<&OutboxEntry> = entries.iter().filter(|e| e.waiting()).collect();
    waiting.sort_by_key(|e| (e.created_at_ms, e.id));
    waiting.into_iter().take(MAX_BATCH).filter_map(|e| e.draft.as_ref()).collect()
}

/// Applies the server's answer for one entry (R9). Personal details go only on a durable
/// commit; every other answer keeps them for the worker.
pub fn apply(entry: &mut OutboxEntry, outcome: &PushOutcome) {
    entry.state = match outcome {
        PushOutcome::Stored | PushOutcome::AlreadyStored => {
            entry.draft = None;
            OutboxState::Delivered
        }
        PushOutcome::Conflict => OutboxState::Conflict,
        PushOutcome::Invalid { errors } => OutboxState::Refused { errors: errors.clone() },
        // The phone made this item; if it cannot be read, a newer server format is the likely
        // cause. Keep it for the worker rather than dropping it.
        PushOutcome::Malformed => OutboxState::Refused { errors: vec![] },
        PushOutcome::NotAccepting => OutboxState::NotAccepting,
    };
}

/// A push that got no answer (no signal, lost response, server error, signed out): everything
/// in it stays queued, personal details and all (R10).
pub fn unanswered(entry: &mut OutboxEntry) {
    if entry.state == OutboxState::Sending {
        entry.state = OutboxState::Queued;
    }
}

/// What the referrer may know about a referral they sent: no personal data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub id: Uuid,
    pub service_id: Uuid,
    pub status: Status,
    /// Why it was declined, in the receiving organisation's words.
    pub reason: Option<String>,
    pub outcome: Option<Outcome>,
    pub received_at_ms: i64,
    pub changed_at_ms: i64,
}

/// Receipts changed after a cursor (the server's referral change sequence).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentPage {
    pub cursor: i64,
    pub more: bool,
    pub receipts: Vec<Receipt>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referrals::model::{ContactMethod, Urgency};

    fn entry(n: u128, at: i64) -> OutboxEntry {
        let draft = ReferralDraft {
            id: Uuid::from_u128(n),
            service_id: Uuid::from_u128(7),
            person_name: "A".into(),
            contact_method: ContactMethod::ThroughReferrer,
            contact_detail: String::new(),
            language: "en".into(),
            interpreter: false,
            needs: vec![],
            support: "x".into(),
            urgency: Urgency::Routine,
            safeguarding: false,
            referrer_contact: "w@example.org".into(),
            consent: None,
        };
        OutboxEntry::new(draft, "Food bank".into(), at)
    }

    #[test]
    fn r8_oldest_waiting_first_and_batches_are_bounded() {
        let mut entries: Vec<OutboxEntry> = (0..MAX_BATCH as u128 + 5).map(|n| entry(n + 1, 1000 - n as i64)).collect();
        entries[0].state = OutboxState::Delivered;
        entries[0].draft = None;
        entries[1].state = OutboxState::Conflict;
        entries[2].state = OutboxState::Sending;
        let batch = next_batch(&entries);
        assert_eq!(batch.len(), MAX_BATCH);
        assert_eq!(batch[0].id, Uuid::from_u128(MAX_BATCH as u128 + 5), "oldest first");
        assert!(batch.iter().all(|d| d.id != Uuid::from_u128(1) && d.id != Uuid::from_u128(2)));
        assert!(next_batch(&entries[..3]).iter().any(|d| d.id == Uuid::from_u128(3)), "an unanswered send is sent again");
    }

    #[test]
    fn r9_personal_details_go_only_when_the_server_has_them() {
        for (outcome, delivered) in [
            (PushOutcome::Stored, true),
            (PushOutcome::AlreadyStored, true),
            (PushOutcome::Conflict, false),
            (PushOutcome::Invalid { errors: vec![] }, false),
            (PushOutcome::Malformed, false),
            (PushOutcome::NotAccepting, false),
        ] {
            let mut e = entry(1, 0);
            e.state = OutboxState::Sending;
            apply(&mut e, &outcome);
            assert_eq!(e.draft.is_none(), delivered, "{outcome:?}");
            assert_eq!(e.state == OutboxState::Delivered, delivered);
            assert!(!e.waiting(), "{outcome:?} is not sent again by itself");
        }
    }

    #[test]
    fn r10_no_answer_keeps_everything_queued() {
        let mut e = entry(1, 0);
        e.state = OutboxState::Sending;
        unanswered(&mut e);
        assert_eq!(e.state, OutboxState::Queued);
        assert!(e.draft.is_some());
    }

    #[test]
    fn results_are_tagged_json() {
        let r = PushResult::new(Some(Uuid::from_u128(1)), PushOutcome::Conflict);
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(json, r#"{"id":"00000000-0000-0000-0000-000000000001","status":409,"outcome":"conflict"}"#);
        assert_eq!(serde_json::from_str::<PushResult>(&json).unwrap(), r);
    }
}
