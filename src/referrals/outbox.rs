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
/// Where phones report how many referrals wait on them per author, with no personal data
/// (POST, JSON [`WaitingReport`]), so an organisation admin learns that unsent referrals of a
/// member whose access was removed remain on a device.
pub const WAITING_PATH: &str = "/api/referrals/v1/waiting";
/// At most this many referrals in one push.
pub const MAX_BATCH: usize = 50;
/// The largest request body the server takes for a push (and any other request).
pub const MAX_REQUEST_BYTES: usize = 64 * 1024;
/// The largest push the phone sends: under [`MAX_REQUEST_BYTES`] with room to spare. Every
/// valid referral fits many times over (2,000 characters of support text are at most 12 KB of
/// JSON); one that does not cannot be sent at all and is shown to the worker as refused.
pub const MAX_PUSH_BYTES: usize = 48 * 1024;
/// Room in a push body for everything but the referrals themselves.
const ENVELOPE_BYTES: usize = 128;

/// A batch of queued referrals, all made by `author` (the signed-in user: the server refuses a
/// batch made by someone else, R13). Items are read one by one, so one malformed item is refused
/// on its own and the rest of the batch is unaffected (R6).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PushRequest {
    /// Who made these referrals on the phone (absent from phones older than this field, whose
    /// referrals are taken as the signed-in user's).
    #[serde(default)]
    pub author: Option<Uuid>,
    pub referrals: Vec<serde_json::Value>,
}

/// How many referrals wait on a phone per author (R14). No personal data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitingReport {
    /// A random id the phone made for itself.
    pub device: Uuid,
    pub authors: Vec<WaitingCount>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitingCount {
    pub author: Uuid,
    pub count: u32,
    pub oldest_ms: i64,
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
    /// The server could not store this one just now: it stays queued (R15).
    Unavailable,
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
            PushOutcome::Unavailable => 503,
        }
    }

    /// The server holds the referral durably: the phone may forget the personal details.
    pub fn delivered(&self) -> bool {
        matches!(self, PushOutcome::Stored | PushOutcome::AlreadyStored)
    }
}

/// A referral's state on the phone.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
/// browser, under a key of its author's) and is dropped once the server acknowledges a durable
/// commit; the rest is the receipt, with no personal data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub id: Uuid,
    /// The signed-in user who made it (and obtained consent). Only they see its details and
    /// only their session sends it (R13). None for referrals queued before authors were
    /// recorded: see [`adopts`].
    #[serde(default)]
    pub author: Option<Uuid>,
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
    pub fn new(draft: ReferralDraft, author: Uuid, service_name: String, now_ms: i64) -> Self {
        Self {
            id: draft.id,
            author: Some(author),
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

    /// Waiting to be sent, whether or not its details can be opened now (a receipt is enough).
    pub fn unsent(&self) -> bool {
        matches!(self.state, OutboxState::Queued | OutboxState::Sending)
    }

    /// Whether `user`, signed in on this phone since `signed_in_at_ms`, may see and send it.
    pub fn belongs_to(&self, user: Uuid, signed_in_at_ms: i64) -> bool {
        match self.author {
            Some(author) => author == user,
            None => adopts(self.created_at_ms, signed_in_at_ms),
        }
    }
}

/// A referral queued before authors were recorded belongs to whoever was signed in when it was
/// made: the session signed in at `signed_in_at_ms` adopts it only if it was made after that
/// moment (sessions on one browser follow one another). Anything older stays sealed.
pub fn adopts(created_at_ms: i64, signed_in_at_ms: i64) -> bool {
    created_at_ms >= signed_in_at_ms
}

/// The size of a referral in a push body.
pub fn push_size(draft: &ReferralDraft) -> usize {
    serde_json::to_vec(draft).map_or(usize::MAX, |v| v.len() + 1)
}

/// The next pushes to make, oldest referral first (R8): each at most [`MAX_BATCH`] referrals
/// and [`MAX_PUSH_BYTES`] bytes. A referral too large to go even on its own is returned apart,
/// never in a batch: it would block every referral behind it.
pub fn batches(entries: &[OutboxEntry]) -> (Vec<Vec<&ReferralDraft>>, Vec<&ReferralDraft>) {
    let mut waiting: Vec<&OutboxEntry> = entries.iter().filter(|e| e.waiting()).collect();
    waiting.sort_by_key(|e| (e.created_at_ms, e.id));
    let (mut batches, mut too_large) = (vec![], vec![]);
    let (mut batch, mut bytes): (Vec<&ReferralDraft>, usize) = (vec![], ENVELOPE_BYTES);
    for draft in waiting.into_iter().filter_map(|e| e.draft.as_ref()) {
        let size = push_size(draft);
        if size > MAX_PUSH_BYTES - ENVELOPE_BYTES {
            too_large.push(draft);
            continue;
        }
        if batch.len() == MAX_BATCH || bytes + size > MAX_PUSH_BYTES {
            batches.push(std::mem::take(&mut batch));
            bytes = ENVELOPE_BYTES;
        }
        batch.push(draft);
        bytes += size;
    }
    if !batch.is_empty() {
        batches.push(batch);
    }
    (batches, too_large)
}

/// The message shown for a referral the server will never take because of its size.
pub const TOO_LARGE: &str = "outbox-error-too-large";

/// A referral that cannot be sent, even alone, because of its size: refused, kept for the
/// worker with what to do (R15).
pub fn refuse_too_large(entry: &mut OutboxEntry) {
    entry.state = OutboxState::Refused { errors: vec![FieldError { field: super::model::Field::Referral, message: TOO_LARGE.into() }] };
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
        PushOutcome::Unavailable => OutboxState::Queued,
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
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Receipt {
    pub id: Uuid,
    pub service_id: Uuid,
    pub status: Status,
    /// Why it was declined, in the receiving organisation's words.
    pub reason: Option<String>,
    pub outcome: Option<Outcome>,
    pub received_at_ms: i64,
    pub changed_at_ms: i64,
    /// The server has purged the referral's personal details (retention): the phone keeps
    /// nothing of it but the receipt, and no decline reason.
    #[serde(default)]
    pub purged: bool,
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
        entry_with(n, at, "x")
    }

    fn entry_with(n: u128, at: i64, support: &str) -> OutboxEntry {
        let draft = ReferralDraft {
            id: Uuid::from_u128(n),
            service_id: Uuid::from_u128(7),
            person_name: "A".into(),
            contact_method: ContactMethod::ThroughReferrer,
            contact_detail: String::new(),
            language: "en".into(),
            interpreter: false,
            needs: vec![],
            support: support.into(),
            urgency: Urgency::Routine,
            safeguarding: false,
            referrer_contact: "w@example.org".into(),
            consent: None,
        };
        OutboxEntry::new(draft, Uuid::from_u128(99), "Food bank".into(), at)
    }

    #[test]
    fn r8_oldest_waiting_first_and_batches_are_bounded() {
        let mut entries: Vec<OutboxEntry> = (0..MAX_BATCH as u128 + 5).map(|n| entry(n + 1, 1000 - n as i64)).collect();
        entries[0].state = OutboxState::Delivered;
        entries[0].draft = None;
        entries[1].state = OutboxState::Conflict;
        entries[2].state = OutboxState::Sending;
        let (batches, too_large) = batches(&entries);
        assert!(too_large.is_empty());
        assert_eq!(batches.len(), 2);
        assert_eq!(batches[0].len(), MAX_BATCH);
        assert_eq!(batches[0][0].id, Uuid::from_u128(MAX_BATCH as u128 + 5), "oldest first");
        assert!(batches.iter().flatten().all(|d| d.id != Uuid::from_u128(1) && d.id != Uuid::from_u128(2)));
        assert!(batches.iter().flatten().any(|d| d.id == Uuid::from_u128(3)), "an unanswered send is sent again");
    }

    #[test]
    fn r15_batches_are_bounded_by_bytes_and_a_referral_too_large_alone_goes_apart() {
        // 2,000 characters of Gujarati or Arabic support text: 4–6 KB of JSON each. Twenty of
        // them are more than a 48 KiB push; by count alone they would all have gone in one.
        let gujarati = "મને ખોરાક અને ભાડામાં મદદ જોઈએ છે ".repeat(60);
        let gujarati: String = gujarati.chars().take(2000).collect();
        let arabic: String = "أحتاج إلى مساعدة في الطعام والإيجار ".repeat(60).chars().take(2000).collect();
        let mut entries: Vec<OutboxEntry> =
            (0..20).map(|n| entry_with(n + 1, n as i64, if n % 2 == 0 { &gujarati } else { &arabic })).collect();
        // One that could never be sent, whatever the batch (a damaged or foreign record).
        entries.push(entry_with(100, 5, &"\u{1}".repeat(20_000)));
        let (batches, too_large) = batches(&entries);
        assert_eq!(too_large.iter().map(|d| d.id).collect::<Vec<_>>(), [Uuid::from_u128(100)]);
        assert!(batches.len() >= 2, "{} batches", batches.len());
        let mut order = vec![];
        for batch in &batches {
            let body = serde_json::to_vec(&PushRequest {
                author: Some(Uuid::from_u128(99)),
                referrals: batch.iter().map(|d| serde_json::to_value(d).unwrap()).collect(),
            })
            .unwrap();
            assert!(body.len() <= MAX_PUSH_BYTES, "a push of {} bytes", body.len());
            order.extend(batch.iter().map(|d| d.id));
        }
        let expected: Vec<Uuid> = (1..=20).map(Uuid::from_u128).collect();
        assert_eq!(order, expected, "every referral once, oldest first");
        let mut big = entries.pop().unwrap();
        refuse_too_large(&mut big);
        assert!(matches!(&big.state, OutboxState::Refused { errors } if errors[0].message == TOO_LARGE));
        assert!(big.draft.is_some() && !big.waiting(), "kept for the worker, not sent again");
    }

    #[test]
    fn r13_a_referral_belongs_to_its_author_and_an_old_one_to_the_session_it_was_made_in() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let mut e = entry(1, 5_000);
        e.author = Some(a);
        assert!(e.belongs_to(a, 0) && !e.belongs_to(b, 0));
        e.author = None;
        assert!(e.belongs_to(b, 4_000), "made after b signed in: b's");
        assert!(!e.belongs_to(b, 6_000), "made before b signed in: someone else's, sealed");
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
        // One the server could not store just now stays queued, details and all.
        let mut e = entry(1, 0);
        e.state = OutboxState::Sending;
        apply(&mut e, &PushOutcome::Unavailable);
        assert!(e.waiting() && e.draft.is_some());
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
